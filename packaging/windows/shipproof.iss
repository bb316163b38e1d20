; Inno Setup script: a per-user installer for the one-folder build in dist\ShipProof.
; Built by packaging\build_windows.ps1, which passes the version, the Chinese messages file
; and, when a certificate is configured, the signing tool:
;   ISCC.exe /DAppVersion=0.1.0 /DNumericVersion=0.1.0.0 /DChineseIsl=<path> packaging\windows\shipproof.iss
; This file is UTF-8 with a byte-order mark, so Inno Setup reads the Chinese text right.

#ifndef AppVersion
  #error Pass /DAppVersion=<version> (packaging\build_windows.ps1 does)
#endif
#ifndef NumericVersion
  #define NumericVersion AppVersion
#endif
#ifndef ChineseIsl
  #define ChineseIsl "compiler:Languages\ChineseSimplified.isl"
#endif
#define AppName "ShipProof"
#define AppExe "ShipProof.exe"
#define Bundle "..\..\dist\ShipProof"

[Setup]
; The AppId ties upgrades and the uninstaller to this product: never change it.
AppId={{7C0F2F69-7982-44F8-A822-505C69FAF026}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=ShipProof
AppCopyright=Copyright © ShipProof. All rights reserved.
VersionInfoVersion={#NumericVersion}
VersionInfoProductName={#AppName}
; Per user: no administrator rights; installs to %LOCALAPPDATA%\Programs\ShipProof.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\icons\shipproof.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
ShowLanguageDialog=auto
; Close a running ShipProof before replacing its files.
CloseApplications=yes
#ifdef SignToolName
SignTool={#SignToolName}
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "chinesesimplified"; MessagesFile: "{#ChineseIsl}"

[CustomMessages]
english.DemoShop=ShipProof demo shop
chinesesimplified.DemoShop=ShipProof 演示店铺
english.CommandLine=ShipProof command line
chinesesimplified.CommandLine=ShipProof 命令行

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade starts from a clean program folder: a Qt plugin left from an older version
; could be loaded by the new one. The shop's data is elsewhere (%LOCALAPPDATA%\ShipProof).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autoprograms}\{cm:DemoShop}"; Filename: "{app}\{#AppExe}"; Parameters: "demo"
Name: "{autoprograms}\{cm:CommandLine}"; Filename: "{cmd}"; Parameters: "/k ""{app}\shipproof-cli.exe"" --help"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes the program folder only. The shop's database, evidence packs and
; backups in %LOCALAPPDATA%\ShipProof stay, on purpose: they are the shop's records.
