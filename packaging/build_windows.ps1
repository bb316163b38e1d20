# Build ShipProof for Windows: the one-folder app, then a per-user installer (Inno Setup).
#
#   powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1
#   powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1 -NoInstaller
#
# Run from any folder on a Windows 10/11 x64 machine with Python 3.11+ (py launcher) and,
# for the installer, Inno Setup 6.4 or later. Code signing runs only when a certificate is
# named (see docs/packaging.md, "Windows"):
#   WINDOWS_SIGN_SHA1           thumbprint of a code-signing certificate in the certificate store
#                               (an EV token or cloud HSM shows up there too), or
#   WINDOWS_SIGN_PFX            path of a .pfx file, with WINDOWS_SIGN_PFX_PASSWORD
#   WINDOWS_SIGN_TIMESTAMP_URL  the RFC 3161 timestamp server of the certificate's CA (required
#                               when signing)
#   SIGNTOOL                    signtool.exe, if it is not on PATH (Windows SDK)
#   INNO_SETUP_DIR              folder of ISCC.exe, if not in the usual Program Files place
# Outputs: dist\ShipProof\ (ShipProof.exe, shipproof-cli.exe) and dist\ShipProof-<version>-setup.exe
param(
    [switch]$NoInstaller,
    [switch]$NoCheck
)
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

function Step($text) { Write-Host "`n== $text" }
# Run a program, stop on failure. A plain function: its $args keep "-m" and "--help" as they are.
function Run {
    $file = $args[0]
    $rest = @($args | Select-Object -Skip 1)
    & $file @rest
    if ($LASTEXITCODE -ne 0) { throw "$file $rest failed with exit code $LASTEXITCODE" }
}

# --- Python environment ---------------------------------------------------------------
if ($env:VIRTUAL_ENV -and (Test-Path "$env:VIRTUAL_ENV\Scripts\python.exe")) {
    $py = "$env:VIRTUAL_ENV\Scripts\python.exe"
} else {
    if (-not (Test-Path ".venv\Scripts\python.exe")) { Run py -3 -m venv .venv }
    $py = (Resolve-Path ".venv\Scripts\python.exe").Path
}
Step "installing ShipProof with the bundle extra"
Run $py -m pip install -q -e ".[bundle]"
$version = (& $py -c "import app; print(app.__version__)").Trim()
# Windows version numbers are four integers: 0.2.0rc1 -> 0.2.0.0
$numbers = @([regex]::Matches($version, "\d+") | Select-Object -First 4 | ForEach-Object { $_.Value })
while ($numbers.Count -lt 4) { $numbers += "0" }
$numericVersion = $numbers -join "."

# --- translations and icons -----------------------------------------------------------
Step "compiling translations into app\resources\i18n"
& $py -c "import importlib.util, sys; sys.exit(importlib.util.find_spec('app.ui.translations') is None)"
if ($LASTEXITCODE -ne 0) {
    throw "app.ui.translations is missing, so app\resources\i18n\*.qm cannot be compiled"
}
Run $py -m app.ui.translations --compile app/resources/i18n
Step "icons"
$env:QT_QPA_PLATFORM = "offscreen"
Run $py tools/make_icons.py --missing-only
Remove-Item Env:\QT_QPA_PLATFORM

# --- PyInstaller ----------------------------------------------------------------------
Step "PyInstaller (ShipProof $version)"
Run $py -m PyInstaller --noconfirm --log-level WARN packaging/shipproof.spec
$bundle = "dist\ShipProof"
$cli = "$bundle\shipproof-cli.exe"
if (-not (Test-Path "$bundle\ShipProof.exe")) { throw "$bundle\ShipProof.exe was not built" }

if (-not $NoCheck) {
    Step "checks"
    Run $cli --version
    $home_ = Join-Path ([IO.Path]::GetTempPath()) ("shipproof-check-" + [guid]::NewGuid())
    $env:SHIPPROOF_HOME = $home_
    try {
        if ((& $cli --help) -match "selftest") { Run $cli selftest }
        else { Write-Host "selftest: this version of the command line has none yet, skipped" }
        # the GUI must still be running after 8 s
        $gui = Start-Process (Resolve-Path "$bundle\ShipProof.exe").Path -ArgumentList "demo" -PassThru
        Start-Sleep -Seconds 8
        if ($gui.HasExited) { throw "the GUI stopped after less than 8 s (exit code $($gui.ExitCode))" }
        Stop-Process -Id $gui.Id
        Write-Host "GUI: ran on the demo shop for 8 s"
    } finally {
        Remove-Item Env:\SHIPPROOF_HOME
        Remove-Item -Recurse -Force $home_ -ErrorAction SilentlyContinue
    }
}
$megabytes = [math]::Round(((Get-ChildItem $bundle -Recurse -File | Measure-Object Length -Sum).Sum) / 1MB)
Write-Host "dist\ShipProof: $megabytes MB"

# --- code signing (only with a certificate) -------------------------------------------
$signArgs = $null
if ($env:WINDOWS_SIGN_SHA1 -or $env:WINDOWS_SIGN_PFX) {
    if (-not $env:WINDOWS_SIGN_TIMESTAMP_URL) {
        throw "set WINDOWS_SIGN_TIMESTAMP_URL to your CA's timestamp server: a signature without a timestamp expires with the certificate"
    }
    $signtool = if ($env:SIGNTOOL) { $env:SIGNTOOL } else { "signtool.exe" }
    $signArgs = @("sign", "/fd", "SHA256", "/tr", $env:WINDOWS_SIGN_TIMESTAMP_URL, "/td", "SHA256")
    if ($env:WINDOWS_SIGN_SHA1) { $signArgs += @("/sha1", $env:WINDOWS_SIGN_SHA1) }
    else { $signArgs += @("/f", $env:WINDOWS_SIGN_PFX, "/p", $env:WINDOWS_SIGN_PFX_PASSWORD) }
    Step "signing the executables"
    Run $signtool @signArgs "$bundle\ShipProof.exe" $cli
    Run $signtool verify /pa /v "$bundle\ShipProof.exe"
} else {
    Write-Host "`nnot signed: set WINDOWS_SIGN_SHA1 or WINDOWS_SIGN_PFX to sign (docs/packaging.md)"
}

# --- installer ------------------------------------------------------------------------
if ($NoInstaller) { exit 0 }
Step "installer (Inno Setup)"
$innoDirs = @($env:INNO_SETUP_DIR) + @("7", "6" | ForEach-Object {
        "${env:ProgramFiles(x86)}\Inno Setup $_", "$env:ProgramFiles\Inno Setup $_", "$env:LOCALAPPDATA\Programs\Inno Setup $_"
    }) | Where-Object { $_ -and (Test-Path "$_\ISCC.exe") }
if (-not $innoDirs) { throw "ISCC.exe not found: install Inno Setup (6.4 or later) or set INNO_SETUP_DIR" }
$inno = @($innoDirs)[0]
# Simplified Chinese became an official Inno Setup language only recently; older installs
# need ChineseSimplified.isl from the Inno Setup translations page, copied to Languages\.
$chinese = @("$inno\Languages\ChineseSimplified.isl", "$inno\Languages\Unofficial\ChineseSimplified.isl") |
    Where-Object { Test-Path $_ } | Select-Object -First 1
if (-not $chinese) {
    throw "ChineseSimplified.isl is not in $inno\Languages: the installer would have no Chinese; see docs/packaging.md"
}
$isccArgs = @("/Qp", "/DAppVersion=$version", "/DNumericVersion=$numericVersion", "/DChineseIsl=$chinese")
if ($signArgs) {
    # Inno Setup signs the installer and its uninstaller itself through this named tool;
    # $f is the file to sign, $q a double quote.
    $quoted = ($signArgs | ForEach-Object { if ($_ -match "\s") { "`$q$_`$q" } else { $_ } }) -join " "
    $isccArgs += @("/DSignToolName=shipproofsign", "/Sshipproofsign=`$q$signtool`$q $quoted `$f")
}
Run "$inno\ISCC.exe" @isccArgs packaging\windows\shipproof.iss
Write-Host "dist\ShipProof-$version-setup.exe"
