<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="71"/>
        <source>About ShipProof</source>
        <translation>关于 ShipProof</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="74"/>
        <source>&lt;h2&gt;ShipProof {version}&lt;/h2&gt;&lt;p&gt;Import, dispatch, track and prove every parcel.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ShipProof {version}&lt;/h2&gt;&lt;p&gt;导入、发货、跟踪，为每一个包裹留下凭证。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="81"/>
        <source>Copy for support</source>
        <translation>复制给技术支持</translation>
    </message>
</context>
<context>
    <name>AlertLevel</name>
    <message>
        <location filename="../../ui/codes.py" line="67"/>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../../ui/codes.py" line="70"/>
        <source>Open {age}+</source>
        <translation>已持续 {age} 以上</translation>
    </message>
</context>
<context>
    <name>AlertMessage</name>
    <message>
        <location filename="../../alerts/messages.py" line="20"/>
        <source>{label}: dispatched {age} ago, the carrier has no record yet</source>
        <translation>{label}：已发货 {age}，快递公司仍没有记录</translation>
    </message>
    <message>
        <location filename="../../alerts/messages.py" line="23"/>
        <source>{label}: {status} — {carrier_says}</source>
        <translation>{label}：{status} — {carrier_says}</translation>
    </message>
    <message>
        <location filename="../../alerts/messages.py" line="26"/>
        <source>{label}: {status}</source>
        <translation>{label}：{status}</translation>
    </message>
    <message>
        <location filename="../../alerts/messages.py" line="27"/>
        <source>{label}: {status} to the sender</source>
        <translation>{label}：{status}（退回寄件人）</translation>
    </message>
    <message>
        <location filename="../../alerts/messages.py" line="28"/>
        <source>{label}: out for delivery for {age}</source>
        <translation>{label}：派送中已 {age}</translation>
    </message>
    <message>
        <location filename="../../alerts/messages.py" line="31"/>
        <source>{label}: no news from the carrier for {age}</source>
        <translation>{label}：快递公司已 {age} 没有更新</translation>
    </message>
    <message>
        <location filename="../../alerts/messages.py" line="32"/>
        <source>order {order}: not dispatched, {age} past its deadline</source>
        <translation>订单 {order}：尚未发货，已超过发货期限 {age}</translation>
    </message>
</context>
<context>
    <name>AlertRule</name>
    <message>
        <location filename="../../names.py" line="43"/>
        <source>No carrier record</source>
        <translation>无物流记录</translation>
    </message>
    <message>
        <location filename="../../names.py" line="44"/>
        <source>Stalled</source>
        <translation>物流停滞</translation>
    </message>
    <message>
        <location filename="../../names.py" line="45"/>
        <source>Out for delivery too long</source>
        <translation>派送时间过长</translation>
    </message>
    <message>
        <location filename="../../names.py" line="46"/>
        <source>Delivery problem</source>
        <translation>派送异常</translation>
    </message>
    <message>
        <location filename="../../names.py" line="47"/>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../names.py" line="48"/>
        <source>Dispatch overdue</source>
        <translation>发货超时</translation>
    </message>
</context>
<context>
    <name>AlertSeverity</name>
    <message>
        <location filename="../../names.py" line="51"/>
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../names.py" line="52"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>AlertState</name>
    <message>
        <location filename="../../names.py" line="55"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../names.py" line="56"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../names.py" line="57"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
</context>
<context>
    <name>AlertsView</name>
    <message>
        <location filename="../../ui/alerts_view.py" line="120"/>
        <location filename="../../ui/models/alerts.py" line="18"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/alerts_view.py" line="119"/>
        <location filename="../../ui/models/alerts.py" line="19"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/alerts_view.py" line="122"/>
        <location filename="../../ui/models/alerts.py" line="20"/>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../ui/alerts_view.py" line="123"/>
        <location filename="../../ui/models/alerts.py" line="21"/>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../ui/alerts_view.py" line="124"/>
        <location filename="../../ui/models/alerts.py" line="22"/>
        <source>Opened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/alerts.py" line="23"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/alerts_view.py" line="121"/>
        <location filename="../../ui/models/alerts.py" line="24"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/alerts.py" line="25"/>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/alerts_view.py" line="125"/>
        <location filename="../../ui/models/alerts.py" line="26"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/alerts_view.py" line="48"/>
        <source>Show resolved</source>
        <translation>显示已解决</translation>
    </message>
    <message>
        <location filename="../../ui/alerts_view.py" line="46"/>
        <source>Order id, tracking number or rule</source>
        <translation>订单号、运单号或规则</translation>
    </message>
    <message>
        <location filename="../../ui/alerts_view.py" line="49"/>
        <source>Acknowledge…</source>
        <translation>确认处理…</translation>
    </message>
    <message>
        <location filename="../../ui/alerts_view.py" line="50"/>
        <source>Evidence pack…</source>
        <translation>证据包…</translation>
    </message>
    <message>
        <location filename="../../ui/alerts_view.py" line="94"/>
        <source>{count} open</source>
        <translation>{count} 条待处理</translation>
    </message>
    <message>
        <location filename="../../ui/alerts_view.py" line="153"/>
        <source>Acknowledge</source>
        <translation>确认处理</translation>
    </message>
    <message>
        <location filename="../../ui/alerts_view.py" line="153"/>
        <source>What is being done about it?</source>
        <translation>正在如何处理？</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/application.py" line="81"/>
        <source>Something went wrong: {error}

The details are in the log file (Help → Open log folder). Your data was saved before this happened.</source>
        <translation>出错了：{error}

详细信息已写入日志文件（帮助 → 打开日志文件夹）。出错之前的数据都已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="126"/>
        <source>Opening the demo shop…</source>
        <translation>正在打开演示店铺…</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="161"/>
        <source>ShipProof cannot start: {reason}</source>
        <translation>ShipProof 无法启动：{reason}</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <location filename="../../cli_help.py" line="23"/>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <location filename="../../cli_help.py" line="24"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../cli_help.py" line="25"/>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <location filename="../../cli_help.py" line="26"/>
        <source>show this help message and exit</source>
        <translation>显示本帮助并退出</translation>
    </message>
    <message>
        <location filename="../../cli_help.py" line="27"/>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序版本号并退出</translation>
    </message>
    <message>
        <location filename="../../cli_help.py" line="28"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <location filename="../../cli_help.py" line="29"/>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需参数：%s</translation>
    </message>
    <message>
        <location filename="../../cli_help.py" line="30"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../../cli_help.py" line="31"/>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <location filename="../../cli_help.py" line="32"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location filename="../../cli_help.py" line="33"/>
        <source>expected one argument</source>
        <translation>需要一个参数值</translation>
    </message>
    <message>
        <location filename="../../cli_help.py" line="34"/>
        <source>expected at least one argument</source>
        <translation>至少需要一个参数值</translation>
    </message>
    <message>
        <location filename="../../cli_help.py" line="35"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <location filename="../../cli_help.py" line="36"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可匹配 %(matches)s</translation>
    </message>
    <message>
        <location filename="../../cli_help.py" line="37"/>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 一起使用</translation>
    </message>
    <message>
        <location filename="../../cli_help.py" line="38"/>
        <source>one of the arguments %s is required</source>
        <translation>参数 %s 中必须提供一个</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="73"/>
        <source>Parcel camera on this computer</source>
        <translation>本机的包裹摄像头</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="78"/>
        <source>Also photograph when an order is opened</source>
        <translation>打开订单时也拍照</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="83"/>
        <source>Off unless you choose one. With a camera, the station keeps a photo of the parcel at each label scan; its SHA-256 goes into the scan&apos;s record and the evidence pack shows it. Used from the next shift start.</source>
        <translation>默认关闭，需在此选择。选用摄像头后，每次扫描面单时打包台都会保存一张包裹照片；照片的哈希值写入该次扫描记录，证据包中会附上这张照片。从下一次“开始班次”起生效。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="90"/>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="98"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="104"/>
        <source>{name} (not connected)</source>
        <translation>{name}（未连接）</translation>
    </message>
</context>
<context>
    <name>Carrier</name>
    <message>
        <location filename="../../names.py" line="91"/>
        <source>SF Express</source>
        <translation>顺丰速运</translation>
    </message>
    <message>
        <location filename="../../names.py" line="92"/>
        <source>ZTO Express</source>
        <translation>中通快递</translation>
    </message>
    <message>
        <location filename="../../names.py" line="93"/>
        <source>YTO Express</source>
        <translation>圆通速递</translation>
    </message>
    <message>
        <location filename="../../names.py" line="94"/>
        <source>STO Express</source>
        <translation>申通快递</translation>
    </message>
    <message>
        <location filename="../../names.py" line="95"/>
        <source>Yunda Express</source>
        <translation>韵达快递</translation>
    </message>
    <message>
        <location filename="../../names.py" line="96"/>
        <source>JD Logistics</source>
        <translation>京东物流</translation>
    </message>
    <message>
        <location filename="../../names.py" line="97"/>
        <source>J&amp;T Express</source>
        <translation>极兔速递（J&amp;T）</translation>
    </message>
    <message>
        <location filename="../../names.py" line="98"/>
        <source>China Post EMS</source>
        <translation>中国邮政 EMS</translation>
    </message>
    <message>
        <location filename="../../names.py" line="99"/>
        <source>Deppon</source>
        <translation>德邦快递</translation>
    </message>
    <message>
        <location filename="../../names.py" line="100"/>
        <source>Cainiao</source>
        <translation>菜鸟速递</translation>
    </message>
    <message>
        <location filename="../../names.py" line="101"/>
        <source>YunExpress</source>
        <translation>云途物流</translation>
    </message>
    <message>
        <location filename="../../names.py" line="102"/>
        <source>UPS</source>
        <translation>UPS</translation>
    </message>
    <message>
        <location filename="../../names.py" line="103"/>
        <source>FedEx</source>
        <translation>联邦快递 FedEx</translation>
    </message>
    <message>
        <location filename="../../names.py" line="104"/>
        <source>USPS</source>
        <translation>美国邮政 USPS</translation>
    </message>
    <message>
        <location filename="../../names.py" line="105"/>
        <source>DHL</source>
        <translation>DHL</translation>
    </message>
    <message>
        <location filename="../../names.py" line="106"/>
        <source>Royal Mail</source>
        <translation>英国皇家邮政</translation>
    </message>
    <message>
        <location filename="../../names.py" line="107"/>
        <source>Deutsche Post</source>
        <translation>德国邮政</translation>
    </message>
    <message>
        <location filename="../../names.py" line="108"/>
        <source>Japan Post</source>
        <translation>日本邮政</translation>
    </message>
    <message>
        <location filename="../../names.py" line="109"/>
        <source>Hongkong Post</source>
        <translation>香港邮政</translation>
    </message>
    <message>
        <location filename="../../names.py" line="110"/>
        <source>International post</source>
        <translation>国际邮政</translation>
    </message>
</context>
<context>
    <name>Chain</name>
    <message>
        <location filename="../../names.py" line="127"/>
        <source>Scans</source>
        <translation>扫描记录</translation>
    </message>
    <message>
        <location filename="../../names.py" line="128"/>
        <source>Carrier events</source>
        <translation>物流轨迹</translation>
    </message>
    <message>
        <location filename="../../names.py" line="129"/>
        <source>Carrier answers</source>
        <translation>物流接口原始应答</translation>
    </message>
    <message>
        <location filename="../../names.py" line="130"/>
        <source>Order and parcel facts</source>
        <translation>订单与包裹事实</translation>
    </message>
    <message>
        <location filename="../../names.py" line="131"/>
        <source>Orders against their facts</source>
        <translation>订单与其事实核对</translation>
    </message>
    <message>
        <location filename="../../names.py" line="132"/>
        <source>Parcels against their facts</source>
        <translation>包裹与其事实核对</translation>
    </message>
    <message>
        <location filename="../../names.py" line="133"/>
        <source>Parcel photos</source>
        <translation>包裹照片</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../cli.py" line="158"/>
        <source>{name} is not valid text: type it again</source>
        <translation>{name} 不是有效的文字：请重新输入</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="165"/>
        <source>a name cannot be empty</source>
        <translation>名字不能为空</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="578"/>
        <source>this database needs the Python module {module}, which is not installed: install ShipProof with its postgres extra (pip install &apos;shipproof[postgres]&apos;)</source>
        <translation>此数据库需要 Python 模块 {module}，但它没有安装：请安装带 postgres 附加组件的 ShipProof（pip install &apos;shipproof[postgres]&apos;）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="591"/>
        <source>cannot open the database {url}: {error}</source>
        <translation>无法打开数据库 {url}：{error}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="615"/>
        <source>the shop database has objects the app did not create: {objects}; they can change your records behind the app&apos;s back — restore a backup or remove them</source>
        <translation>店铺数据库中有并非本应用创建的对象：{objects}；它们可能绕过应用悄悄更改您的记录 — 请恢复备份或删除它们</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="627"/>
        <source>the shop database lacks parts the app built: {objects} — restore a backup</source>
        <translation>店铺数据库缺少本应用建立的部分：{objects} — 请恢复备份</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="638"/>
        <source>the shop database has parts that differ from what the app built: {objects} — restore a backup</source>
        <translation>店铺数据库中有与本应用所建不同的部分：{objects} — 请恢复备份</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="654"/>
        <source>column {table}.{name}</source>
        <translation>列 {table}.{name}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="658"/>
        <source>trigger {name} on {table}</source>
        <translation>表 {table} 上的触发器 {name}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="662"/>
        <source>rule {name} on {table}</source>
        <translation>表 {table} 上的规则 {name}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="666"/>
        <source>index {name} on {table}</source>
        <translation>表 {table} 上的索引 {name}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="669"/>
        <source>view {name}</source>
        <translation>视图 {name}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="670"/>
        <source>table {name}</source>
        <translation>表 {name}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="691"/>
        <source>no such file: {files}</source>
        <translation>找不到文件：{files}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="730"/>
        <source>no profile is named {name}; the profiles are: {names}</source>
        <translation>没有名为 {name} 的导入配置；现有配置：{names}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="742"/>
        <source>shipproof: {file}: its columns fit several profiles about equally well; choose one with --profile NAME:</source>
        <translation>shipproof：{file}：其各列与多个导入配置的吻合程度相近；请用 --profile 名称 指定其一：</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="753"/>
        <source>  --profile {profile}  ({why}; score {percent}%)</source>
        <translation>  --profile {profile}  （{why}；得分 {percent}%）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="770"/>
        <source>{label}: {found} of {known} known columns, without {missing}</source>
        <translation>{label}：已知列中有 {found}/{known} 列，缺少 {missing}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="779"/>
        <source>{label}: {found} of {known} known columns, but none of {distinct}</source>
        <translation>{label}：已知列中有 {found}/{known} 列，但没有 {distinct} 中的任何一列</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="788"/>
        <source>{label}: {found} of {known} known columns, too few</source>
        <translation>{label}：已知列中只有 {found}/{known} 列，太少</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="793"/>
        <source>{label}: {found} of {known} known columns, every required one</source>
        <translation>{label}：已知列中有 {found}/{known} 列，必需列齐全</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="817"/>
        <source>{file}: cannot be read: {error}</source>
        <translation>{file}：无法读取：{error}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="827"/>
        <source>{why}; header on row {row}</source>
        <translation>{why}；表头在第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="837"/>
        <source>  … and {count} more with less in common</source>
        <translation>  …… 另有 {count} 个配置，吻合更少</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="848"/>
        <source>{table}: {profile}, as chosen before for this header</source>
        <translation>{table}：{profile}（此前为这种表头所选）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="855"/>
        <source>{table}: {profile}, the best fit</source>
        <translation>{table}：{profile}，最吻合</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="862"/>
        <source>{table}: too close to call between {profiles}; choose one with --profile NAME</source>
        <translation>{table}：{profiles} 吻合程度相近，无法自动判断；请用 --profile 名称 指定其一</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="870"/>
        <source>{table}: no profile fits</source>
        <translation>{table}：没有吻合的导入配置</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="878"/>
        <source>{files}: refused</source>
        <translation>{files}：已拒绝导入</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="895"/>
        <source>{files}: {platform} ({profile}), {rows} rows — would import {new} new, {updated} updated, {unchanged} unchanged orders, {lines} lines</source>
        <translation>{files}：{platform}（{profile}），共 {rows} 行 — 试导入（未写入）：将新增订单 {new} 个，更新 {updated} 个，未变 {unchanged} 个，商品行 {lines} 行</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="905"/>
        <source>{files}: {platform} ({profile}), {rows} rows — imported {new} new, {updated} updated, {unchanged} unchanged orders, {lines} lines</source>
        <translation>{files}：{platform}（{profile}），共 {rows} 行 — 已导入：新订单 {new} 个，更新 {updated} 个，未变 {unchanged} 个，商品行 {lines} 行</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="923"/>
        <source>  error   {message}</source>
        <translation>  错误  {message}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="926"/>
        <source>  error   row {row}: {message}</source>
        <translation>  错误  第 {row} 行：{message}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="932"/>
        <source>  error   row {row} [{column}]: {message}</source>
        <translation>  错误  第 {row} 行 [{column}]：{message}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="944"/>
        <source>  warning {message}</source>
        <translation>  警告  {message}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="946"/>
        <source>  warning row {row}: {message}</source>
        <translation>  警告  第 {row} 行：{message}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="976"/>
        <source>{file}: {count} orders</source>
        <translation>{file}：共 {count} 个订单</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1002"/>
        <location filename="../../cli.py" line="1055"/>
        <source>{count} orders</source>
        <translation>共 {count} 个订单</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1048"/>
        <source>no stores yet: an import or shipproof stores add makes one</source>
        <translation>还没有店铺：导入订单或运行 shipproof stores add 即可创建</translation>
    </message>
    <message>
        <location filename="../../orders/query.py" line="53"/>
        <source>order {order} is in several stores ({stores}): add --store</source>
        <translation>订单 {order} 在多个店铺中（{stores}）：请加上 --store</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1141"/>
        <source>no order matches</source>
        <translation>没有找到相符的订单</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1147"/>
        <source>{platform}, {recipient}: {status}</source>
        <translation>{platform}，{recipient}：{status}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1157"/>
        <source>more than {count} orders match: give more of the buyer&apos;s words</source>
        <translation>相符的订单超过 {count} 个：请再多给一些买家提供的信息</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1182"/>
        <source>{number}: invalid — {reason}</source>
        <translation>{number}：运单号无效 — {reason}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1189"/>
        <source>{number}: no known carrier&apos;s shape</source>
        <translation>{number}：不符合任何已知快递公司的运单号格式</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1194"/>
        <source>{number}: {carriers} (check digit ok)</source>
        <translation>{number}：{carriers}（校验位正确）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1200"/>
        <source>{number}: {carriers} (shape only)</source>
        <translation>{number}：{carriers}（仅格式相符，无校验位可核对）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1212"/>
        <source>scan: --operator must name who is packing</source>
        <translation>scan：--operator 须写明打包人</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1258"/>
        <source>no backup made: {error}</source>
        <translation>未能备份：{error}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1265"/>
        <source>backup written and verified: {file}</source>
        <translation>备份已写入并通过校验：{file}</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="132"/>
        <source>nothing restored: {error}</source>
        <translation>未恢复任何数据：{error}</translation>
    </message>
    <message>
        <location filename="../../storage/backup.py" line="131"/>
        <source>restored {file}; the previous database is kept as {previous}</source>
        <translation>已从 {file} 恢复；原数据库另存为 {previous}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1305"/>
        <source>ok   {name}: {detail}</source>
        <translation>正常 {name}：{detail}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1312"/>
        <source>FAIL {name}: {detail}</source>
        <translation>失败 {name}：{detail}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1324"/>
        <source>{file} is this shop&apos;s own database: compare against a backup or a pack made earlier</source>
        <translation>{file} 是本店自己的数据库：请与之前做的备份或证据包比对</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1351"/>
        <source>chain {chain} broken at record {seq}: {reason}</source>
        <translation>哈希链 {chain} 在第 {seq} 条记录处断裂：{reason}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1375"/>
        <source>no time-stamped anchor is kept: run shipproof anchor</source>
        <translation>未保存任何已加盖时间戳的锚点：请运行 shipproof anchor</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1427"/>
        <source>anchor {id} proves nothing: {reason}</source>
        <translation>锚点 {id} 不能作为证明：{reason}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1434"/>
        <source>anchor {id}: the chains were REWRITTEN after {time}, when {tsa} time-stamped them: {problems}</source>
        <translation>锚点 {id}：{tsa} 于 {time} 加盖时间戳之后，哈希链被改写：{problems}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1446"/>
        <source>anchor {id}: {tsa} time-stamped {heads} chain heads at {time}; all still held</source>
        <translation>锚点 {id}：{tsa} 于 {time} 为 {heads} 个链头加盖了时间戳；均仍然成立</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1465"/>
        <source>--remember keeps the TSA given with --tsa URL</source>
        <translation>--remember 用于保存以 --tsa URL 指定的时间戳机构</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1481"/>
        <source>time-stamp requests still queued: {count}; the next shipproof anchor sends them first</source>
        <translation>仍在排队的时间戳请求：{count} 个；下次运行 shipproof anchor 时会先发送它们</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1503"/>
        <source>no anchor has been time-stamped yet: run shipproof anchor online</source>
        <translation>尚无已加盖时间戳的锚点：请在联网时运行 shipproof anchor</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1514"/>
        <source>cannot write {file}: {error}</source>
        <translation>无法写入 {file}：{error}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1524"/>
        <source>{token} and {heads} written; anyone can check them with: openssl ts -verify -in {token} -data {heads} -CAfile &lt;the TSA&apos;s CA certificate&gt;</source>
        <translation>已写入 {token} 和 {heads}；任何人都可用此命令校验：openssl ts -verify -in {token} -data {heads} -CAfile &lt;时间戳机构的 CA 证书&gt;</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1561"/>
        <source>nothing to anchor yet: the shop has no records</source>
        <translation>尚无可锚定的内容：店铺还没有任何记录</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1567"/>
        <source>today&apos;s chain heads were time-stamped already, at {time}</source>
        <translation>当前的链头已于 {time} 加盖过时间戳</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1577"/>
        <source>anchor {id}: time-stamped by {tsa} at {time}</source>
        <translation>锚点 {id}：已由 {tsa} 于 {time} 加盖时间戳</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1585"/>
        <source>anchor {id}: still queued: {error}</source>
        <translation>锚点 {id}：仍在排队：{error}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1592"/>
        <source>anchor {id}: still queued, not sent</source>
        <translation>锚点 {id}：仍在排队，未发送</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1603"/>
        <source>{file}: its {heads} chain heads are all still held</source>
        <translation>{file}：其记录的 {heads} 个链头均仍然成立</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1609"/>
        <source>{file}: REWRITTEN since: {problems}</source>
        <translation>{file}：此后记录被改写：{problems}</translation>
    </message>
    <message>
        <location filename="../../chains.py" line="42"/>
        <source>{chain}: {records} records, ok</source>
        <translation>{chain}：{records} 条记录，校验通过</translation>
    </message>
    <message>
        <location filename="../../chains.py" line="43"/>
        <source>{chain}: {records} records, BROKEN at record {seq}: {reason}</source>
        <translation>{chain}：{records} 条记录，在第 {seq} 条记录处断裂：{reason}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1642"/>
        <source>{file}: {pages} pages, integrity ok</source>
        <translation>{file}：{pages} 页，完整性校验通过</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1648"/>
        <source>{file}: {pages} pages, integrity failed</source>
        <translation>{file}：{pages} 页，完整性校验未通过</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1680"/>
        <source>{file}: {pages} pages</source>
        <translation>{file}：{pages} 页</translation>
    </message>
    <message>
        <location filename="../../orders/query.py" line="35"/>
        <source>no such order: {order}</source>
        <translation>找不到订单：{order}</translation>
    </message>
    <message>
        <location filename="../../orders/query.py" line="160"/>
        <source>a search of at most {limit} characters, please (this one has {count})</source>
        <translation>搜索内容最多 {limit} 个字符（这次有 {count} 个）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1720"/>
        <source>checked {checked}, updated {updated}, new events {new}</source>
        <translation>已查询 {checked} 个包裹，更新 {updated} 个，新增物流轨迹 {new} 条</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1735"/>
        <source>order {order}</source>
        <translation>订单 {order}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1737"/>
        <source>not checked yet</source>
        <translation>尚未查询物流</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1785"/>
        <source>{count} alerts</source>
        <translation>共 {count} 条预警</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1802"/>
        <source>cannot start the simulator: {error}</source>
        <translation>无法启动物流模拟器：{error}</translation>
    </message>
    <message>
        <location filename="../../dispatch/shipping_export.py" line="57"/>
        <source>{file}: {rows} parcels ({skipped} exported before)</source>
        <translation>{file}：{rows} 个包裹（另有 {skipped} 个此前已导出）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1855"/>
        <source>demo shop in {folder}</source>
        <translation>演示店铺位于 {folder}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1878"/>
        <source>the window cannot open: there is no display (DISPLAY is not set). Start ShipProof from the desktop, or under xvfb-run; the other shipproof commands need no window</source>
        <translation>窗口无法打开：没有可用的显示（未设置 DISPLAY）。请在桌面环境中启动 ShipProof，或用 xvfb-run 运行；shipproof 的其他命令不需要窗口</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1890"/>
        <source>the window cannot open: this computer lacks the system libraries {libraries}, which Qt needs</source>
        <translation>窗口无法打开：这台电脑缺少 Qt 所需的系统库 {libraries}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1903"/>
        <source>the packing station&apos;s sounds and camera are off: this computer lacks {libraries}</source>
        <translation>打包台的提示音和摄像头已关闭：这台电脑缺少 {libraries}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1916"/>
        <source>no printer can be chosen, printing can only save a PDF: this computer lacks {libraries}</source>
        <translation>无法选择打印机，打印只能保存为 PDF：这台电脑缺少 {libraries}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1931"/>
        <source>install them with: {command}</source>
        <translation>安装命令：{command}</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1939"/>
        <source>install the packages that hold them with your system&apos;s package manager</source>
        <translation>请用系统的软件包管理器安装包含这些库的软件包</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1948"/>
        <source>no package is known for {libraries}: your system&apos;s package manager can say which one holds each</source>
        <translation>不知道哪个软件包包含 {libraries}：系统的软件包管理器可以查出每个库所在的软件包</translation>
    </message>
    <message>
        <location filename="../../alerts/engine.py" line="256"/>
        <source>no such alert: {alert}</source>
        <translation>找不到预警：{alert}</translation>
    </message>
    <message>
        <location filename="../../alerts/engine.py" line="257"/>
        <source>alert {alert} is already resolved</source>
        <translation>预警 {alert} 已经解除</translation>
    </message>
    <message>
        <location filename="../../evidence/files.py" line="22"/>
        <source>{count} parcels: give a folder, not one .pdf file</source>
        <translation>共 {count} 个包裹：请指定一个文件夹，而不是一个 .pdf 文件</translation>
    </message>
    <message>
        <location filename="../../paper/papers.py" line="38"/>
        <source>a label holds one slip: print several to a sheet on A4 or Letter</source>
        <translation>一张标签只能打一张装箱单：要一页打几张，请用 A4 或 Letter 纸</translation>
    </message>
    <message>
        <location filename="../../orders/order_sheet.py" line="94"/>
        <source>{file} is not a file a spreadsheet can be written to</source>
        <translation>{file} 不是可以写入表格的文件</translation>
    </message>
    <message>
        <location filename="../../orders/order_sheet.py" line="95"/>
        <source>{file} cannot be written: {reason}</source>
        <translation>无法写入 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../orders/order_sheet.py" line="96"/>
        <source>{file} is read-only: nothing was written</source>
        <translation>{file} 是只读文件：没有写入任何内容</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <location filename="../../cli.py" line="111"/>
        <source>PEM file of the TSA&apos;s CA to trust (default: the public CAs, DigiCert&apos;s among them)</source>
        <translation>要信任的时间戳机构 CA 的 PEM 文件（默认：公共 CA，其中包括 DigiCert）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="129"/>
        <source>data folder (default: SHIPPROOF_HOME or the OS&apos;s)</source>
        <translation>数据文件夹（默认：SHIPPROOF_HOME 或系统默认位置）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="134"/>
        <source>database URL (default: SHIPPROOF_DB or SQLite in the data folder)</source>
        <translation>数据库地址（默认：SHIPPROOF_DB 或数据文件夹中的 SQLite）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="143"/>
        <source>print JSON instead of text</source>
        <translation>输出 JSON 而不是文字</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="191"/>
        <source>ShipProof: import, dispatch, track and prove every parcel.</source>
        <translation>ShipProof：导入订单、打包发货、跟踪物流，为每个包裹留证。</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="200"/>
        <source>open the app on the demo shop</source>
        <translation>用演示店铺打开程序</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="205"/>
        <source>only create the demo shop</source>
        <translation>只创建演示店铺</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="209"/>
        <source>import order export files</source>
        <translation>导入订单导出文件</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="214"/>
        <source>the platform (or profile) the files come from</source>
        <translation>文件来自的平台（或格式）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="217"/>
        <source>the store the orders belong to</source>
        <translation>订单所属的店铺</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="222"/>
        <source>report what would change</source>
        <translation>只报告将会发生的变化</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="227"/>
        <source>exactly this profile (a name --explain lists): settles a close call</source>
        <translation>就用这个格式（--explain 列出的名称）：用于难以判断时</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="234"/>
        <source>show how each file&apos;s header scores against every profile; import nothing</source>
        <translation>显示每个文件的表头与各格式的匹配得分；不导入</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="242"/>
        <source>recognise tracking numbers and check their digits</source>
        <translation>识别运单号并核对校验位</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="249"/>
        <source>packing station: scanner lines on stdin, JSON lines out</source>
        <translation>打包台：从标准输入读取扫码，每行输出 JSON</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="257"/>
        <source>this station&apos;s id</source>
        <translation>本打包台的编号</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="260"/>
        <source>who is packing</source>
        <translation>打包人</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="265"/>
        <source>require every item scanned</source>
        <translation>要求逐件扫描商品</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="271"/>
        <source>check the hash chains of every record</source>
        <translation>校验所有记录的哈希链</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="277"/>
        <source>also prove the chain heads an evidence pack, a backup or a heads file recorded</source>
        <translation>同时证明举证包、备份或链头文件记录的链头仍然成立</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="286"/>
        <source>write today&apos;s chain heads to FILE</source>
        <translation>把今天的链头写入 FILE</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="291"/>
        <source>also check every kept time-stamp (shipproof anchor) and that today&apos;s chains still hold the heads each one covers</source>
        <translation>同时检查保存的每个时间戳（shipproof anchor），以及今天的链仍包含每个时间戳覆盖的链头</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="301"/>
        <source>have a time-stamping authority (RFC 3161) sign today&apos;s chain heads; queued when offline</source>
        <translation>请时间戳机构（RFC 3161）为今天的链头签名；离线时排队等待</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="313"/>
        <source>the TSA to ask (default: the shop&apos;s, else DigiCert&apos;s)</source>
        <translation>要请求的时间戳机构（默认：本店设置的，否则 DigiCert）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="318"/>
        <source>keep --tsa as the shop&apos;s TSA</source>
        <translation>把 --tsa 保存为本店的时间戳机构</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="325"/>
        <source>send nothing: write the newest token to FILE.tsr and the heads it covers to FILE.json, for openssl ts -verify</source>
        <translation>不发送：把最新的时间戳令牌写入 FILE.tsr，把它覆盖的链头写入 FILE.json，供 openssl ts -verify 使用</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="334"/>
        <source>check this installation: resources, database (on a copy), one evidence pack</source>
        <translation>检查本次安装：资源文件、数据库（在副本上）、一个举证包</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="341"/>
        <source>a verified copy of the shop&apos;s database</source>
        <translation>店铺数据库的已校验副本</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="348"/>
        <source>default: &lt;data dir&gt;/backups/</source>
        <translation>默认：&lt;数据文件夹&gt;/backups/</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="353"/>
        <source>replace the shop with a backup once it verifies</source>
        <translation>备份校验通过后，用它替换店铺数据</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="360"/>
        <source>evidence packs (PDF) for disputes</source>
        <translation>用于纠纷的举证包（PDF）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="174"/>
        <source>the store, when several hold an order of that id</source>
        <translation>店铺（当多个店铺有相同订单号时）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="370"/>
        <source>a folder, or a .pdf</source>
        <translation>一个文件夹，或一个 .pdf 文件</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="375"/>
        <source>default: the app&apos;s language (chosen, else the system&apos;s)</source>
        <translation>默认：程序的语言（已选择的，否则为系统语言）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="382"/>
        <source>show the phone unmasked</source>
        <translation>显示完整手机号</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="388"/>
        <source>append the carriers&apos; raw answers about the parcel</source>
        <translation>附上快递公司关于该包裹的原始回复</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="394"/>
        <source>packing slips (and a pick list) as PDF</source>
        <translation>装箱单（及拣货单）PDF</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="402"/>
        <source>start with a pick list</source>
        <translation>先打印拣货单</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="410"/>
        <source>slips on one A4 or Letter sheet, to cut apart (a label holds one)</source>
        <translation>每张 A4 或 Letter 纸上的装箱单数量，打印后裁开（标签纸只放一张）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="418"/>
        <source>the station&apos;s command barcodes on one page, as PDF</source>
        <translation>打包台指令条码单（一页 PDF）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="424"/>
        <source>carrier tracking</source>
        <translation>物流跟踪</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="428"/>
        <source>ask the providers now</source>
        <translation>立即向服务商查询</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="435"/>
        <source>only these orders</source>
        <translation>只查这些订单</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="439"/>
        <source>an order&apos;s parcels and events</source>
        <translation>订单的包裹及物流轨迹</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="447"/>
        <source>parcels and orders in trouble</source>
        <translation>有问题的包裹和订单</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="450"/>
        <source>resolved alerts too</source>
        <translation>也显示已解决的预警</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="453"/>
        <source>acknowledge this alert</source>
        <translation>确认处理这条预警</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="456"/>
        <source>what is being done (with --ack)</source>
        <translation>正在采取的措施（与 --ack 一起使用）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="462"/>
        <source>the carrier simulator on 127.0.0.1</source>
        <translation>在 127.0.0.1 上运行的快递模拟器</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="465"/>
        <source>0 picks a free port</source>
        <translation>0 表示自动选择空闲端口</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="470"/>
        <source>parcels and events (JSON); none: all unknown</source>
        <translation>包裹和轨迹（JSON）；不提供则全部未知</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="474"/>
        <source>e.g. &quot;429=0.1,500=0.1,timeout=0.05,garbage=0.05&quot;</source>
        <translation>例如 &quot;429=0.1,500=0.1,timeout=0.05,garbage=0.05&quot;</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="477"/>
        <source>repeatable fault injection</source>
        <translation>可重复的故障注入</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="483"/>
        <source>write files for the platforms</source>
        <translation>为各平台生成文件</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="489"/>
        <source>batch-shipping upload file of dispatched parcels</source>
        <translation>已发货包裹的批量发货上传文件</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="496"/>
        <source>every dispatched parcel, not only the new ones</source>
        <translation>所有已发货包裹，而不只是新的</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="502"/>
        <source>everything that happened to an order, in time order</source>
        <translation>订单发生的所有事情，按时间顺序</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="509"/>
        <source>where is a buyer&apos;s parcel, and a ready reply</source>
        <translation>买家的包裹在哪里，并附现成回复</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="515"/>
        <source>the buyer&apos;s phone, name, order or tracking number</source>
        <translation>买家的手机号、姓名、订单号或运单号</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="520"/>
        <source>the reply&apos;s language (default: the app&apos;s)</source>
        <translation>回复的语言（默认：程序的语言）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="525"/>
        <source>what to dispatch, what is late, how the week goes</source>
        <translation>今天要发什么、什么已超时、本周情况如何</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="531"/>
        <source>the shop&apos;s stores: list, add or rename them</source>
        <translation>本店的店铺：列出、添加或重命名</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="535"/>
        <source>add a store</source>
        <translation>添加店铺</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="540"/>
        <source>e.g. taobao, shopify, amazon</source>
        <translation>例如 taobao、shopify、amazon</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="546"/>
        <source>rename a store: its orders and history stay with it</source>
        <translation>重命名店铺：其订单和历史记录仍归属该店铺</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="553"/>
        <source>list orders</source>
        <translation>列出订单</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="559"/>
        <source>order id, name, phone, tracking number, title or SKU</source>
        <translation>订单号、姓名、手机号、运单号、商品名或 SKU</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="565"/>
        <source>write them to a spreadsheet (CSV; - prints it)</source>
        <translation>写入电子表格（CSV；- 表示直接输出）</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <location filename="../../shop_time.py" line="34"/>
        <source>{day} {month} {year} {hour}:{minute}</source>
        <translation>{year}年{month}{day}日 {hour}:{minute}</translation>
    </message>
    <message>
        <location filename="../../shop_time.py" line="35"/>
        <source>{day} {month} {year} {hour}:{minute}:{second}</source>
        <translation>{year}-{month:02d}-{day:02d} {hour}:{minute}:{second}</translation>
    </message>
    <message>
        <location filename="../../shop_time.py" line="38"/>
        <source>{day} {month}</source>
        <translation>{month}{day}日</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../../names.py" line="149"/>
        <source>{days} d {hours} h</source>
        <translation>{days}天{hours}小时</translation>
    </message>
    <message>
        <location filename="../../names.py" line="150"/>
        <source>{hours} h</source>
        <translation>{hours}小时</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="56"/>
        <source>Write evidence packs to</source>
        <translation>证据包保存到</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="64"/>
        <source>Save evidence pack</source>
        <translation>保存证据包</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="66"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="94"/>
        <source>Evidence pack — order {order}</source>
        <translation>证据包 — 订单 {order}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evidence_dialog.py" line="96"/>
        <source>Evidence packs — %n order(s)</source>
        <translation>
            <numerusform>证据包 — %n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="103"/>
        <source>Show the full phone number</source>
        <translation>显示完整手机号</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="104"/>
        <source>Append the carriers&apos; raw answers</source>
        <translation>附上快递公司的原始回复</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="111"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="114"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="115"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="116"/>
        <source>Write to folder…</source>
        <translation>保存到文件夹…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="117"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="121"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="156"/>
        <source>One PDF per parcel of the {count} selected orders.</source>
        <translation>为所选的 {count} 个订单的每个包裹各生成一份 PDF。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="217"/>
        <source>Making the pack for order {order}…</source>
        <translation>正在生成订单 {order} 的证据包…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="228"/>
        <source>The pack could not be made: {error}</source>
        <translation>证据包生成失败：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="233"/>
        <source>Cancelled; no file was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="242"/>
        <source>Integrity ok.</source>
        <translation>完整性校验通过。</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="243"/>
        <source>INTEGRITY FAILED for order(s) {orders}: records were changed.</source>
        <translation>订单 {orders} 完整性校验失败：记录已被改动。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evidence_dialog.py" line="277"/>
        <source>%n page(s). {integrity}</source>
        <translation>
            <numerusform>共 %n 页。{integrity}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="301"/>
        <source>Not saved: {error}</source>
        <translation>未保存：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="303"/>
        <source>Saved to {file}</source>
        <translation>已保存到 {file}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evidence_dialog.py" line="315"/>
        <source>%n pack(s) written to {folder}. {integrity}</source>
        <translation>
            <numerusform>已将 %n 份证据包写入 {folder}。{integrity}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceMilestone</name>
    <message>
        <location filename="../../evidence/sentences.py" line="335"/>
        <location filename="../../evidence/sentences.py" line="342"/>
        <source>Ordered</source>
        <translation>下单</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="336"/>
        <location filename="../../evidence/sentences.py" line="343"/>
        <source>Paid</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="337"/>
        <source>Promised dispatch by</source>
        <translation>承诺发货截止</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="338"/>
        <source>Dispatched at the station</source>
        <translation>打包台发货扫描</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="339"/>
        <source>First carrier scan</source>
        <translation>承运商首次扫描</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="340"/>
        <location filename="../../evidence/sentences.py" line="347"/>
        <source>Delivered</source>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="341"/>
        <location filename="../../evidence/sentences.py" line="348"/>
        <source>Last seen</source>
        <translation>最新轨迹</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="344"/>
        <source>Dispatch by</source>
        <translation>承诺发货</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="345"/>
        <source>Dispatched</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="346"/>
        <source>First scan</source>
        <translation>揽收</translation>
    </message>
</context>
<context>
    <name>EvidencePack</name>
    <message>
        <location filename="../../evidence/sentences.py" line="19"/>
        <source>Evidence pack</source>
        <translation>举证包</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="20"/>
        <source>page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="21"/>
        <source>generated {time}</source>
        <translation>生成于 {time}</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="22"/>
        <source>pack {id}</source>
        <translation>编号 {id}</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="23"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="24"/>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="25"/>
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="26"/>
        <source>{days} d {hours} h</source>
        <translation>{days} 天 {hours} 小时</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="27"/>
        <source>{days} d</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="28"/>
        <source>The shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="29"/>
        <source>Order {order} · {store}</source>
        <translation>订单 {order} · {store}</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="30"/>
        <source>Parcel {number} · {carrier} · now: {status}</source>
        <translation>包裹 {number} · {carrier} · 当前：{status}</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="31"/>
        <source>No parcel has been dispatched for this order.</source>
        <translation>该订单尚无已发出的包裹。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="34"/>
        <source>No parcel was dispatched at the packing station; the platform says: {status}, {carrier} {waybill}.</source>
        <translation>打包台没有发出该订单的包裹；平台记录：{status}，{carrier} {waybill}。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="39"/>
        <source>Times in the shop&apos;s zone, {zone}.</source>
        <translation>时间均为店铺时区：{zone}。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="40"/>
        <source>Times in this computer&apos;s zone, {zone}: the shop has not set its time zone.</source>
        <translation>时间均为本机时区 {zone}：店铺尚未设置时区。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="43"/>
        <source>Key times</source>
        <translation>关键时间</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="44"/>
        <source>{label} ({record})</source>
        <translation>{label}（{record}）</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="45"/>
        <source>Pack made</source>
        <translation>生成本包</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="46"/>
        <source>promised dispatch window</source>
        <translation>承诺发货时段</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="47"/>
        <source>late (shop)</source>
        <translation>延误（店铺）</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="48"/>
        <source>late (carrier)</source>
        <translation>延误（承运商）</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="49"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="50"/>
        <source>Parcel at packing (scan #{seq})</source>
        <translation>打包时的包裹照片（扫描 #{seq}）</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="51"/>
        <source>Photo of scan #{seq}: missing or changed</source>
        <translation>扫描 #{seq} 的照片缺失或被改动</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="54"/>
        <source>No parcel photo was taken at packing.</source>
        <translation>打包时未拍摄包裹照片。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="55"/>
        <source>Integrity ok: every record this pack rests on verifies. Root {root}</source>
        <translation>数据完整：本举证包所依据的每条记录均通过校验。根哈希 {root}</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="58"/>
        <source>INTEGRITY FAILED: records this pack rests on were changed or removed (problems found: {count}) — see Integrity. Root {root}</source>
        <translation>完整性校验失败：本举证包依据的记录被修改或删除（共 {count} 处问题），见“数据完整性”一节。根哈希 {root}</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="63"/>
        <source>What {platform} asks: {dispute}</source>
        <translation>{platform}纠纷所需材料：{dispute}</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="64"/>
        <source>✔ met · ✘ not met · — not in the records</source>
        <translation>✔ 满足 · ✘ 不满足 · — 记录中没有</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="67"/>
        <source>Integrity FAILED: these answers rest on records that were changed or removed; do not rely on them until the failure is explained.</source>
        <translation>完整性校验失败：以上结论所依据的记录被修改或删除；在查明原因之前，请勿采信。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="72"/>
        <source>Verdict: the delay is on the shop&apos;s side.</source>
        <translation>结论：延误责任在店铺。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="73"/>
        <source>Verdict: the delay is on the carrier&apos;s side ({carrier}).</source>
        <translation>结论：延误责任在承运商（{carrier}）。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="76"/>
        <source>Verdict: the shop dispatched late, and the carrier ({carrier}) added delay.</source>
        <translation>结论：店铺发货延迟，承运商（{carrier}）又造成了进一步延误。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="80"/>
        <source>Verdict: no delay found — dispatched in time, and the carrier within its usual times.</source>
        <translation>结论：未发现延误——按时发货，承运商时效正常。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="84"/>
        <source>Verdict: no carrier delay found; the records hold no dispatch promise to judge the dispatch against.</source>
        <translation>结论：未发现承运商延误；记录中没有承诺发货时间，无法判断发货是否及时。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="89"/>
        <source>Verdict: not dispatched yet — the station has no dispatch scan of this order.</source>
        <translation>结论：尚未发货——打包台没有该订单的发货扫描。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="93"/>
        <source>Verdict: no station record — the platform says {status} ({carrier} {waybill}): dispatched outside ShipProof, so this pack cannot show when or what was packed.</source>
        <translation>结论：打包台无记录——平台记录为{status}（{carrier} {waybill}），在 ShipProof 之外发货，本证据包无法证明何时发货、装了什么。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="98"/>
        <source>{shop} dispatched {span} late: promised by {deadline} ({source}), dispatch scan {dispatched}.</source>
        <translation>{shop}发货晚了 {span}：承诺 {deadline} 前发货（{source}），发货扫描时间 {dispatched}。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="103"/>
        <source>{shop} has not dispatched it, {span} past the promise of {deadline} ({source}).</source>
        <translation>{shop}尚未发货，已超过承诺时间 {deadline}（{source}）{span}。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="107"/>
        <source>{carrier} gave no news for {span} after “{after}” ({where}, {since}); ShipProof counts {limit} h without news as a stall.</source>
        <translation>{carrier}在“{after}”（{where}，{since}）之后 {span} 无物流更新；ShipProof 将超过 {limit} 小时无更新视为停滞。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="112"/>
        <source>{carrier} has given no news for {span}, since “{after}” ({where}, {since}); ShipProof counts {limit} h without news as a stall.</source>
        <translation>{carrier}自“{after}”（{where}，{since}）起已 {span} 无物流更新；ShipProof 将超过 {limit} 小时无更新视为停滞。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="117"/>
        <source>{carrier} took {taken} from dispatch to delivery, {span} more than the expected {promised} h.</source>
        <translation>{carrier}从发货到签收用了 {taken}，比正常的 {promised} 小时多 {span}。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="122"/>
        <source>{carrier} has not delivered it {span} after dispatch; delivery is expected within {promised} h.</source>
        <translation>{carrier}在发货 {span} 后仍未送达；正常应在 {promised} 小时内送达。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="127"/>
        <source>the order&apos;s promise</source>
        <translation>订单承诺</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="128"/>
        <source>{platform}&apos;s rule: {hours} h after payment</source>
        <translation>{platform}规则：付款后 {hours} 小时内</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="131"/>
        <source>{span} before the promise</source>
        <translation>比承诺早 {span}</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="132"/>
        <source>{span} after the promise</source>
        <translation>比承诺晚 {span}</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="133"/>
        <source>{span} after dispatch</source>
        <translation>发货后 {span}</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="134"/>
        <source>{span} before the dispatch scan</source>
        <translation>比发货扫描早 {span}</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="135"/>
        <source>{span} after dispatch (expected within {promised} h)</source>
        <translation>发货后 {span}（正常 {promised} 小时内）</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="138"/>
        <source>{status}, {where}</source>
        <translation>{status}，{where}</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="139"/>
        <location filename="../../evidence/sentences.py" line="205"/>
        <source>scan #{seq}</source>
        <translation>扫描 #{seq}</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="140"/>
        <location filename="../../evidence/sentences.py" line="206"/>
        <source>carrier event #{seq}</source>
        <translation>轨迹 #{seq}</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="141"/>
        <source>the parcel record</source>
        <translation>包裹记录</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="142"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="143"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="144"/>
        <source>Packing record</source>
        <translation>打包记录</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="145"/>
        <source>Carrier timeline</source>
        <translation>物流轨迹</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="146"/>
        <source>Timeliness</source>
        <translation>时效分析</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="147"/>
        <source>Integrity</source>
        <translation>数据完整性</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="148"/>
        <source>Appendix: raw carrier answers</source>
        <translation>附录：承运商原始回复</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="149"/>
        <source>{answer}: HTTP {status}, {size} bytes, SHA-256 {sha256}</source>
        <translation>{answer}：HTTP {status}，{size} 字节，SHA-256 {sha256}</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="152"/>
        <source>This answer also covers {count} other parcels; its text is withheld to protect those buyers. The SHA-256 above identifies it.</source>
        <translation>该回复还包含另外 {count} 个包裹的信息；为保护其他买家，正文不予附上。上方 SHA-256 可用于核对。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="157"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="158"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="159"/>
        <source>Order id</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="160"/>
        <source>Created</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="161"/>
        <source>Paid</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="162"/>
        <source>Platform status at last import</source>
        <translation>最近一次导入时的平台状态</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="163"/>
        <source>Total</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="164"/>
        <source>Buyer note</source>
        <translation>买家留言</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="165"/>
        <source>The full phone number is shown at the shop&apos;s request.</source>
        <translation>应店铺要求显示完整电话号码。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="168"/>
        <source>{provider} answer {seq}</source>
        <translation>{provider} 回复 {seq}</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="169"/>
        <source>No carrier event has been recorded for this parcel.</source>
        <translation>尚无此包裹的物流记录。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="172"/>
        <source>Promised dispatch by {deadline} ({source}); dispatch scanned {dispatched}: {verdict}.</source>
        <translation>承诺 {deadline} 前发货（{source}）；发货扫描时间 {dispatched}：{verdict}。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="176"/>
        <source>The carrier&apos;s first scan came {span} after dispatch.</source>
        <translation>承运商首次扫描在发货后 {span}。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="179"/>
        <source>The carrier&apos;s first scan came {span} before the station&apos;s dispatch scan.</source>
        <translation>承运商首次扫描比打包台发货扫描早 {span}。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="182"/>
        <source>Longest silence from the carrier: {span}, after “{after}” ({where}).</source>
        <translation>承运商最长无更新 {span}，发生在“{after}”之后（{where}）。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="185"/>
        <source>Delivered {time}, {span} after dispatch (expected within {promised} h).</source>
        <translation>于 {time} 签收，发货后 {span}（正常 {promised} 小时内）。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="188"/>
        <source>Legs: {legs}.</source>
        <translation>各段用时：{legs}。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="189"/>
        <source>{start} → {end} {span}</source>
        <translation>{start} → {end} {span}</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="190"/>
        <source>Not delivered when this pack was made; last status: {status}.</source>
        <translation>生成时尚未签收；最新状态：{status}。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="193"/>
        <source>The carrier began returning it to the sender on {time}: “{text}” ({where}).</source>
        <translation>承运商于 {time} 开始退回寄件人：“{text}”（{where}）。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="197"/>
        <source>Integrity ok: every record this pack rests on verifies against its hash chain.</source>
        <translation>数据完整：本举证包所依据的每条记录均通过哈希链校验。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="201"/>
        <source>INTEGRITY FAILED: the records below were changed or removed after they were written.</source>
        <translation>完整性校验失败：以下记录在写入后被修改或删除。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="207"/>
        <source>{provider} answer {seq}, fetched {time} (body)</source>
        <translation>{provider} 回复 {seq}，获取于 {time}（正文）</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="210"/>
        <source>Root hash of this pack (QR): {hash}</source>
        <translation>本举证包根哈希（二维码）：{hash}</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="211"/>
        <source>Anchored by {tsa} at {time} (RFC 3161 time-stamp, anchor {id}): the shop&apos;s records up to {records} existed then, as they are now.</source>
        <translation>已由 {tsa} 于 {time} 加盖时间戳（RFC 3161，锚点 {id}）：截至 {records} 的店铺记录当时已经存在，且与现在一致。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="216"/>
        <source>ANCHOR BROKEN: {tsa} time-stamped the records up to {records} at {time} (anchor {id}); they were rewritten after that: {problems}</source>
        <translation>锚点失效：{tsa} 于 {time} 为截至 {records} 的记录加盖了时间戳（锚点 {id}），此后这些记录被改写：{problems}</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="221"/>
        <source>{chain} #{seq}</source>
        <translation>{chain} #{seq}</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="222"/>
        <source>Parcel photos</source>
        <translation>包裹照片</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="223"/>
        <source>What the station stopped</source>
        <translation>打包台拦截的扫描</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="224"/>
        <source>Scans the packing station refused or held for confirmation (a wrong or reused label, an order that must not ship…): none of them alone reached the parcel.</source>
        <translation>打包台拒绝或要求确认的扫描（面单错误或重复、不应发货的订单等）：这些扫描本身均未用于本包裹。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="229"/>
        <source>Photo of scan #{seq}, {time}, station {station}, {operator}; SHA-256 {sha256}</source>
        <translation>扫描 #{seq} 的照片，{time}，工位 {station}，{operator}；SHA-256 {sha256}</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="233"/>
        <source>PHOTO MISSING OR CHANGED: the file no longer matches the hash the scan recorded.</source>
        <translation>照片缺失或被改动：文件与扫描记录中的哈希值不符。</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="237"/>
        <source>no dispatch scan in the records</source>
        <translation>记录中没有发货扫描</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="238"/>
        <source>{ref}, {time}: label {number} ({carrier})</source>
        <translation>{ref}，{time}：面单 {number}（{carrier}）</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="241"/>
        <source>no parcel for this order</source>
        <translation>该订单没有包裹</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="242"/>
        <source>the carrier has reported no event for {number} yet</source>
        <translation>承运商尚未返回 {number} 的任何轨迹</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="245"/>
        <source>{count} carrier events for {number} from {provider}; the first, event #{seq}, {time}</source>
        <translation>{provider} 返回 {number} 的 {count} 条轨迹；第一条为轨迹 #{seq}，{time}</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="249"/>
        <source>no upload file made by ShipProof lists this parcel (the number may have been entered on the platform)</source>
        <translation>没有 ShipProof 生成的上传文件包含此包裹（单号可能是在平台上直接填写的）</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="254"/>
        <source>upload file #{id} ({file}) made {time}; not delivered yet</source>
        <translation>上传文件 #{id}（{file}）生成于 {time}；尚未签收</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="257"/>
        <source>upload file #{id} ({file}) made {time}, before delivery (event #{seq}, {delivered})</source>
        <translation>上传文件 #{id}（{file}）生成于 {time}，早于签收（轨迹 #{seq}，{delivered}）</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="261"/>
        <source>upload file #{id} ({file}) made {time}, after delivery (event #{seq}, {delivered})</source>
        <translation>上传文件 #{id}（{file}）生成于 {time}，晚于签收（轨迹 #{seq}，{delivered}）</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="265"/>
        <source>no dispatch promise in the records</source>
        <translation>记录中没有承诺发货时间</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="266"/>
        <source>not dispatched; the promise was {deadline}</source>
        <translation>尚未发货；承诺时间为 {deadline}</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="269"/>
        <source>dispatched outside the station: the platform says {status} ({carrier} {waybill}), with no time of its own here</source>
        <translation>在打包台之外发货：平台记录为{status}（{carrier} {waybill}），这里没有发货时间</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="274"/>
        <source>{ref}, {time}: {span} before the promise {deadline} ({source})</source>
        <translation>{ref}，{time}：比承诺时间 {deadline}（{source}）早 {span}</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="277"/>
        <source>{ref}, {time}: {span} after the promise {deadline} ({source})</source>
        <translation>{ref}，{time}：比承诺时间 {deadline}（{source}）晚 {span}</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="280"/>
        <source>carrier event #{seq}, {time}: {span} before {deadline}</source>
        <translation>轨迹 #{seq}，{time}：比 {deadline} 早 {span}</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="283"/>
        <source>carrier event #{seq}, {time}: {span} after {deadline}</source>
        <translation>轨迹 #{seq}，{time}：比 {deadline} 晚 {span}</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="286"/>
        <source>no carrier scan in the records yet</source>
        <translation>记录中尚无承运商扫描</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="287"/>
        <source>no carrier scan by {deadline}</source>
        <translation>{deadline} 前没有承运商扫描</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="288"/>
        <source>{ref}, {dispatched} → carrier event #{seq}, {time}: {span} (limit {hours} h)</source>
        <translation>{ref}，{dispatched} → 轨迹 #{seq}，{time}：{span}（时限 {hours} 小时）</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="292"/>
        <source>no carrier scan {span} after dispatch (limit {hours} h)</source>
        <translation>发货后 {span} 仍无承运商扫描（时限 {hours} 小时）</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="295"/>
        <source>carrier event #{seq}: delivered {time}, “{text}” ({where})</source>
        <translation>轨迹 #{seq}：{time} 签收，“{text}”（{where}）</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="298"/>
        <source>no carrier event in the records yet</source>
        <translation>记录中尚无物流轨迹</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="299"/>
        <source>carrier event #{seq}: {status} {time}, never delivered</source>
        <translation>轨迹 #{seq}：{time} {status}，未签收</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="302"/>
        <source>not delivered yet; last: carrier event #{seq}, {status}, {time}</source>
        <translation>尚未签收；最新为轨迹 #{seq}，{status}，{time}</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="305"/>
        <source>no delivered event in the records yet</source>
        <translation>记录中尚无签收轨迹</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="306"/>
        <source>the order holds no city or postcode</source>
        <translation>订单中没有城市或邮编</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="307"/>
        <source>carrier event #{seq} ({where}) names the order&apos;s postcode {postcode}</source>
        <translation>轨迹 #{seq}（{where}）与订单邮编 {postcode} 一致</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="310"/>
        <source>carrier event #{seq} ({where}) names the order&apos;s city {city}</source>
        <translation>轨迹 #{seq}（{where}）与订单城市 {city} 一致</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="313"/>
        <source>carrier event #{seq} names no place</source>
        <translation>轨迹 #{seq} 没有地点</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="316"/>
        <source>carrier event #{seq} says {where}; the order&apos;s address: {city}, {postcode}</source>
        <translation>轨迹 #{seq} 显示 {where}；订单地址为 {city}，{postcode}</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="319"/>
        <source>no photo was taken at packing</source>
        <translation>打包时未拍照</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="320"/>
        <source>photo of scan #{seq}, SHA-256 {sha256}…, intact</source>
        <translation>扫描 #{seq} 的照片，SHA-256 {sha256}…，完好</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="323"/>
        <source>photo of scan #{seq}: missing or changed</source>
        <translation>扫描 #{seq} 的照片缺失或被改动</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="326"/>
        <source>items were not scanned one by one (the station&apos;s item check was off)</source>
        <translation>未逐件扫描商品（打包台未开启商品核对）</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="329"/>
        <source>{count} item scans (#{first}–#{last}) before the label</source>
        <translation>贴单前扫描商品 {count} 次（#{first}–#{last}）</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="353"/>
        <source>Milestone</source>
        <translation>节点</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="354"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="355"/>
        <source>Against the promise</source>
        <translation>与承诺对比</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="359"/>
        <source>The platform asks</source>
        <translation>平台要求</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="360"/>
        <source>The records show</source>
        <translation>记录显示</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="363"/>
        <source>SKU</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="364"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="365"/>
        <source>Variant</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="366"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="367"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="370"/>
        <location filename="../../evidence/sentences.py" line="377"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="371"/>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="372"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="373"/>
        <source>Scanned</source>
        <translation>扫描内容</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="374"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="378"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="379"/>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="380"/>
        <source>Carrier&apos;s words</source>
        <translation>承运商原文</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="381"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="384"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="385"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="390"/>
        <source>scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="391"/>
        <source>carrier event</source>
        <translation>物流轨迹</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="392"/>
        <source>carrier answer</source>
        <translation>承运商回复</translation>
    </message>
    <message>
        <location filename="../../evidence/sentences.py" line="393"/>
        <source>order or parcel fact</source>
        <translation>订单或包裹事实</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ui/file_actions.py" line="74"/>
        <source>Check the records</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="86"/>
        <source>Every record is as it was written.</source>
        <translation>所有记录都与写入时一致。</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="93"/>
        <source>Some records were changed, removed or reordered after they were written. Keep this database as it is and restore the newest backup that checks clean.</source>
        <translation>有记录在写入后被修改、删除或调换了顺序。请保留此数据库原样，并恢复最新一份检查无误的备份。</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="112"/>
        <source>Shipping upload file</source>
        <translation>发货上传文件</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="117"/>
        <source>Upload file for</source>
        <translation>生成上传文件的平台</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="126"/>
        <source>Upload files (*.csv *.xlsx);;All files (*)</source>
        <translation>上传文件 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="162"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="167"/>
        <source>ShipProof backups (*.db);;All files (*)</source>
        <translation>ShipProof 备份 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="175"/>
        <source>Replace this shop with the backup {file}? Everything recorded since that backup is set aside (kept beside the shop as a copy, not deleted).</source>
        <translation>用备份 {file} 替换当前店铺吗？该备份之后记录的内容会被移到一旁（作为副本保存在店铺旁边，不会删除）。</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="190"/>
        <source>ShipProof closes now; open it again to work on the restored shop.</source>
        <translation>ShipProof 现在将关闭；请重新打开以使用恢复后的店铺。</translation>
    </message>
</context>
<context>
    <name>FocusBar</name>
    <message>
        <location filename="../../ui/focus_bar.py" line="20"/>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location filename="../../ui/focus_bar.py" line="29"/>
        <source>Showing: {what}</source>
        <translation>正在显示：{what}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="56"/>
        <source>Import orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="68"/>
        <source>(the platform&apos;s only store)</source>
        <translation>（该平台唯一的店铺）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="73"/>
        <source>Which of your stores these orders belong to (Settings → Platforms and stores adds one)</source>
        <translation>这些订单属于您的哪家店铺（在“设置 → 平台与店铺”中可添加店铺）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="77"/>
        <source>Preview again</source>
        <translation>重新预览</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="85"/>
        <location filename="../../ui/import_dialog.py" line="101"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="86"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="87"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="88"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="89"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="90"/>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="91"/>
        <source>Lines</source>
        <translation>商品行</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="92"/>
        <source>Refused rows</source>
        <translation>被拒行</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="101"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="101"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="101"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="108"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="110"/>
        <source>Save refused rows as CSV…</source>
        <translation>将被拒行另存为 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="112"/>
        <source>Map columns…</source>
        <translation>设置列对应…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="125"/>
        <source>Store</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="132"/>
        <source>Refused rows and warnings</source>
        <translation>被拒行与警告</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="165"/>
        <source>Reading {files}…</source>
        <translation>正在读取 {files}…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="170"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="184"/>
        <source>Reading {file}</source>
        <translation>正在读取 {file}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="186"/>
        <source>Saving orders</source>
        <translation>正在保存订单</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="201"/>
        <source>Ready: {new} new and {updated} updated orders. Import them?</source>
        <translation>已就绪：新增 {new} 个订单，更新 {updated} 个订单。现在导入吗？</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="207"/>
        <source>Nothing new: every order in these files is already here, unchanged.</source>
        <translation>没有新内容：这些文件中的订单都已导入，且没有变化。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="211"/>
        <source>Nothing can be imported from these files; see the problems below.</source>
        <translation>这些文件无法导入，请查看下方列出的问题。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="222"/>
        <source>Imported {new} new and {updated} updated orders; {refused} problem(s) listed below.</source>
        <translation>已导入：新增 {new} 个订单，更新 {updated} 个订单；下方列出了 {refused} 个问题。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="226"/>
        <location filename="../../ui/import_dialog.py" line="236"/>
        <location filename="../../ui/import_dialog.py" line="242"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="234"/>
        <source>The import failed and nothing was written: {message}</source>
        <translation>导入失败，未写入任何数据：{message}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="241"/>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="248"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="307"/>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="319"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="320"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="327"/>
        <source>{kind}: {problem}</source>
        <translation>{kind}：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="335"/>
        <source>Save refused rows</source>
        <translation>保存被拒行</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="335"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <location filename="../../orders/issues.py" line="22"/>
        <source>{value} is in scientific notation: the file was re-saved by a spreadsheet and digits were lost; export it again from the platform</source>
        <translation>{value} 是科学计数法：文件被电子表格软件另存过，部分数字已丢失；请从平台重新导出</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="27"/>
        <source>{value} is not a whole number</source>
        <translation>{value} 不是整数</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="28"/>
        <source>{value} is not an amount of money</source>
        <translation>{value} 不是金额</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="29"/>
        <source>{value} is not a date/time this platform writes</source>
        <translation>{value} 不是该平台使用的日期/时间格式</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="33"/>
        <source>repeats row {first} exactly; imported once</source>
        <translation>与第 {first} 行完全相同；只导入一次</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="36"/>
        <source>the order id is empty</source>
        <translation>订单号为空</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="37"/>
        <source>the file ends inside this row ({width} of {columns} columns): it looks truncated, so this order was not imported; export the file again</source>
        <translation>文件在这一行中途结束（{width}/{columns} 列）：文件似乎不完整，此订单未导入；请重新导出文件</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="42"/>
        <source>order {order} has item rows but no order row (missing, or refused above): not imported</source>
        <translation>订单 {order} 有商品行但没有订单行（缺失，或已在上面被拒绝）：未导入</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="46"/>
        <source>order {order}: status {status} is not one this profile knows; nothing was guessed</source>
        <translation>订单 {order}：此配置不认识状态 {status}；未作任何猜测</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="50"/>
        <source>order {order}: status &apos;(empty)&apos; is not one this profile knows; nothing was guessed</source>
        <translation>订单 {order}：状态为空，此配置无法识别；未作任何猜测</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="54"/>
        <source>the line has no quantity</source>
        <translation>该商品行没有数量</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="56"/>
        <source>{part} in this item is not a key with its value; the order was not imported: export the file again</source>
        <translation>该商品中的 {part} 不是“名称:值”形式；此订单未导入：请重新导出文件</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="61"/>
        <source>the item {item} gives {name} twice; which one is meant is not for the import to guess, so the order was not imported</source>
        <translation>商品 {item} 两次给出 {name}：导入不能猜哪一个是对的，所以这张订单没有导入</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="66"/>
        <source>order {order} is also on row {first}, and this export has one row per order: its items would be packed twice, so the order was not imported</source>
        <translation>订单 {order} 也在第 {first} 行，而这种导出每张订单只占一行：它的商品会被打包两次，所以这张订单没有导入</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="71"/>
        <source>the item {item} has no {name}: nothing says how many to pack, so the order was not imported</source>
        <translation>商品 {item} 没有 {name}：不知道要打包几件，因此此订单未导入</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="77"/>
        <source>{file} is not an order export of any known platform (its first row reads: {first_row}). Choose the platform, or map its columns in the app</source>
        <translation>{file} 不是任何已知平台的订单导出文件（第一行为：{first_row}）。请选择平台，或在应用中映射它的列</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="82"/>
        <source>{file} is not an order export of any known platform (its first row reads: nothing). Choose the platform, or map its columns in the app</source>
        <translation>{file} 不是任何已知平台的订单导出文件（第一行为空）。请选择平台，或在应用中映射它的列</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="111"/>
        <source>this is the {table} of a {platform} export; import it together with its {wanted}</source>
        <translation>这是 {platform} 导出文件中的 {table}；请与它的 {wanted} 一起导入</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="115"/>
        <source>no {table} given: orders imported without what it holds</source>
        <translation>未提供 {table}：导入的订单将缺少其中的信息</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="118"/>
        <source>no order in the file could be read; see the rows above</source>
        <translation>文件中没有可读取的订单；请查看上面各行</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="121"/>
        <source>the file has a header but no orders</source>
        <translation>文件有表头但没有订单</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="122"/>
        <source>the shop has no {platform} store called {store} (it has {stores}): choose one of them, or add the store first in Settings → Platforms and stores (shipproof stores add on the command line)</source>
        <translation>本店没有名为 {store} 的 {platform} 店铺（现有：{stores}）：请从中选择一家，或先在“设置 → 平台与店铺”中添加该店铺（命令行：shipproof stores add）</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="128"/>
        <source>{store} cannot name a store: 1 to {limit} characters, with no line break or invisible character</source>
        <translation>{store} 不能用作店铺名称：需为 1 至 {limit} 个字符，且不含换行或不可见字符</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="133"/>
        <source>there are several {platform} stores ({stores}): choose the one these orders belong to (--store on the command line)</source>
        <translation>{platform} 有多个店铺（{stores}）：请选择这些订单所属的店铺（命令行中使用 --store）</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="139"/>
        <source>{file}: the file is empty</source>
        <translation>{file}：文件为空</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="140"/>
        <source>{file} is this shop&apos;s own database, not an export of orders</source>
        <translation>{file} 是本店自己的数据库，不是订单导出文件</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="143"/>
        <source>{file}: the workbook is password-protected (encrypted). Open it in Excel or WPS, remove the password, save it, and import the saved copy</source>
        <translation>{file}：工作簿有密码保护（已加密）。请在 Excel 或 WPS 中打开，去掉密码后保存，再导入保存的副本</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="148"/>
        <source>{file}: this is a binary file, not a text export</source>
        <translation>{file}：这是二进制文件，不是文本导出文件</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="151"/>
        <source>{file}: this is a database (SQLite), not an export of orders; a ShipProof backup comes back with &apos;shipproof restore&apos;, not by importing it</source>
        <translation>{file}：这是一个数据库文件（SQLite），不是订单导出文件；ShipProof 的备份请用 “shipproof restore” 恢复，而不是导入</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="156"/>
        <source>{file}: the text encoding cannot be recognised (not UTF-8, GBK/GB18030 or Windows-1252); export it again or save it as UTF-8</source>
        <translation>{file}：无法识别文本编码（不是 UTF-8、GBK/GB18030 或 Windows-1252）；请重新导出，或另存为 UTF-8</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="161"/>
        <source>{file}: line {line} is not valid UTF-8 although the rest of the file is; the file was probably edited with another encoding. Export it again</source>
        <translation>{file}：第 {line} 行不是有效的 UTF-8，而文件其余部分是；文件可能被用其他编码编辑过。请重新导出</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="166"/>
        <source>{file}: line {line} is not valid {encoding} text although the file says it is</source>
        <translation>{file}：第 {line} 行不是有效的 {encoding} 文本，但文件声明使用该编码</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="170"/>
        <source>{file}: the workbook has no sheets</source>
        <translation>{file}：工作簿中没有工作表</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="172"/>
        <source>{file}: not a readable Excel workbook (an .xlsx file is a zip archive and this one is not); export it again, or save it as .xlsx or CSV</source>
        <translation>{file}：不是可读取的 Excel 工作簿（.xlsx 文件是 zip 压缩包，而此文件不是）；请重新导出，或另存为 .xlsx 或 CSV</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="177"/>
        <source>{file}: not a readable Excel workbook ({reason})</source>
        <translation>{file}：不是可读取的 Excel 工作簿（{reason}）</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="180"/>
        <source>{file}: the Excel 97-2003 workbook (.xls) is damaged: its parts point past its end or into each other; export it again, or save it as .xlsx</source>
        <translation>{file}：这个 Excel 97-2003 工作簿（.xls）已损坏：其内部结构指向文件末尾之外或相互重叠；请重新导出，或另存为 .xlsx</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="185"/>
        <source>{file}: an Office file, but not an Excel workbook (it holds no sheets); export the orders again as .xls, .xlsx or CSV</source>
        <translation>{file}：这是 Office 文件，但不是 Excel 工作簿（里面没有工作表）；请把订单重新导出为 .xls、.xlsx 或 CSV</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="190"/>
        <source>{file}: sheet {sheet} cannot be read ({reason})</source>
        <translation>{file}：工作表 {sheet} 无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="193"/>
        <source>{file}: the workbook is damaged or cut short ({reason}); export it again</source>
        <translation>{file}：工作簿已损坏或不完整（{reason}）；请重新导出</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="196"/>
        <source>{file}: the workbook is cut short (its zip directory is missing), as an interrupted download or copy leaves it; export it again</source>
        <translation>{file}：工作簿不完整（缺少 zip 目录），下载或复制中断时会这样；请重新导出</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="201"/>
        <source>{file}: a zip archive, but not an Excel workbook (it holds {names}); unpack it and import the export inside</source>
        <translation>{file}：是 zip 压缩包，但不是 Excel 工作簿（其中有 {names}）；请解压后导入里面的导出文件</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="206"/>
        <source>{file}: {kind} workbooks are not read; save it as .xlsx or CSV and import that</source>
        <translation>{file}：不读取 {kind} 格式的工作簿；请另存为 .xlsx 或 CSV 后再导入</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="210"/>
        <source>{file}: the workbook unpacks to {size} MB, more than the {limit} MB ShipProof reads; export fewer orders at a time</source>
        <translation>{file}：工作簿解压后有 {size} MB，超过 ShipProof 可读取的 {limit} MB；请分批导出订单</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="215"/>
        <source>{file}: {part} unpacks to {ratio} times its packed size, which no real export does; it was not read</source>
        <translation>{file}：{part} 解压后是压缩大小的 {ratio} 倍，真实的导出文件不会这样；未读取</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="220"/>
        <source>{file}: sheet {sheet} claims cells up to {extent} but holds {rows} rows; open it in Excel or WPS, save it again, and import the saved copy</source>
        <translation>{file}：工作表 {sheet} 声称单元格直到 {extent}，实际只有 {rows} 行；请用 Excel 或 WPS 打开并重新保存，再导入保存后的文件</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="225"/>
        <source>{file}: sheet {sheet} has cells as far as {extent} but only {cells} cells hold anything; delete the stray cells far from the data, save it, and import it again</source>
        <translation>{file}：工作表 {sheet} 的单元格远至 {extent}，但只有 {cells} 个单元格有内容；请删除远离数据的零散单元格，保存后重新导入</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="230"/>
        <source>{file}: sheet {sheet} has a cell at {cell}, beyond the last row or column Excel allows</source>
        <translation>{file}：工作表 {sheet} 在 {cell} 有单元格，超出了 Excel 允许的最后一行或最后一列</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="234"/>
        <source>{file}: sheet {sheet}: row {number} comes after row {previous}; the sheet is damaged, export it again</source>
        <translation>{file}：工作表 {sheet}：第 {number} 行出现在第 {previous} 行之后；工作表已损坏，请重新导出</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="239"/>
        <source>{file}: sheet {sheet}: cell {cell} is damaged; export the file again</source>
        <translation>{file}：工作表 {sheet}：单元格 {cell} 已损坏；请重新导出文件</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="242"/>
        <source>{file}: {sheet} is not well-formed XML ({reason}); export it again</source>
        <translation>{file}：{sheet} 不是格式正确的 XML（{reason}）；请重新导出</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="245"/>
        <source>{file}: {sheet} holds more than {limit} MB of XML in one piece (a cell that long, or nesting that deep, is no order data); it was not read</source>
        <translation>{file}：{sheet} 中有一段超过 {limit} MB 的 XML（这么长的单元格或这么深的嵌套都不是订单数据）；未读取</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="250"/>
        <source>{file}: {sheet} holds over a million XML elements outside its rows, which no spreadsheet writes; it was not read</source>
        <translation>{file}：{sheet} 在行之外有超过一百万个 XML 元素，电子表格软件不会这样写；未读取</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="255"/>
        <source>{file}: sheet {sheet}, cell {cell}: {length} characters, more than the {limit} ShipProof reads in one cell; export the file again</source>
        <translation>{file}：工作表 {sheet}，单元格 {cell}：{length} 个字符，超过 ShipProof 单个单元格可读取的 {limit} 个；请重新导出文件</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="260"/>
        <source>{file}: record {record} cannot be read ({reason}); a cell longer than {limit} KB or a broken quote</source>
        <translation>{file}：第 {record} 条记录无法读取（{reason}）；可能有超过 {limit} KB 的单元格或引号不完整</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="266"/>
        <source>{value} is not a quantity a line can have (a whole number from 0 to {limit})</source>
        <translation>{value} 不是商品行可有的数量（应为 0 到 {limit} 的整数）</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="270"/>
        <source>{value} is beyond the amounts ShipProof keeps exactly (up to {limit} either way)</source>
        <translation>{value} 超出 ShipProof 可精确保存的金额范围（正负 {limit} 以内）</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="274"/>
        <source>{value} is not a date an order can have (years {first} to {last})</source>
        <translation>{value} 不是订单可能有的日期（年份应在 {first} 到 {last} 之间）</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="277"/>
        <source>{value} is longer than the {limit} characters ShipProof keeps for it</source>
        <translation>{value} 超过 ShipProof 为此项保存的 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="280"/>
        <source>order id {value} holds {character} at position {position}, which no platform writes in an order id; kept apart it would look like another order, merged it could join two, so the row was not imported: export the file again</source>
        <translation>订单号 {value} 的第 {position} 个字符是 {character}，平台不会在订单号中写这个字符；分开保存会像另一个订单，合并又可能把两个订单并成一个，所以未导入此行：请重新导出文件</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="287"/>
        <source>{count} more errors not listed</source>
        <translation>另有 {count} 个错误未列出</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="288"/>
        <source>{count} more warnings not listed</source>
        <translation>另有 {count} 个警告未列出</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="87"/>
        <source>{file} is not an order export of any known platform: row {header_row} reads {seen}; the closest is {profile} ({found} of {known} known columns), but it lacks {missing}, which an import needs. Choose the platform, or map its columns in the app</source>
        <translation>{file} 不是任何已知平台的订单导出文件：第 {header_row} 行为 {seen}；最接近的是 {profile}（已知列中有 {found}/{known} 列），但缺少导入必需的 {missing}。请选择平台，或在应用中映射它的列</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="93"/>
        <source>{file} is not an order export of any known platform: row {header_row} reads {seen}; the closest is {profile} ({found} of {known} known columns), but it has none of {distinct}, which tell that export apart. Choose the platform, or map its columns in the app</source>
        <translation>{file} 不是任何已知平台的订单导出文件：第 {header_row} 行为 {seen}；最接近的是 {profile}（已知列中有 {found}/{known} 列），但没有 {distinct} 中的任何一列，而正是这些列把该导出与其他导出区分开来。请选择平台，或在应用中映射它的列</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="100"/>
        <source>{file} is not an order export of any known platform: row {header_row} reads {seen}; the closest is {profile}, with only {found} of {known} known columns. Choose the platform, or map its columns in the app</source>
        <translation>{file} 不是任何已知平台的订单导出文件：第 {header_row} 行为 {seen}；最接近的是 {profile}，但已知列中只有 {found}/{known} 列。请选择平台，或在应用中映射它的列</translation>
    </message>
    <message>
        <location filename="../../orders/issues.py" line="106"/>
        <source>{file}: its columns fit several profiles about equally well ({candidates}); choose which one it is</source>
        <translation>{file}：其各列与多个导入配置的吻合程度相近（{candidates}）；请选择它属于哪一个</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <location filename="../../ui/provider_settings.py" line="37"/>
        <source>Windows Credential Manager</source>
        <translation>Windows 凭据管理器</translation>
    </message>
    <message>
        <location filename="../../ui/provider_settings.py" line="38"/>
        <source>the macOS Keychain</source>
        <translation>macOS 钥匙串</translation>
    </message>
    <message>
        <location filename="../../ui/provider_settings.py" line="39"/>
        <source>GNOME Keyring or KWallet (a Secret Service keyring)</source>
        <translation>GNOME 密钥环或 KWallet（支持 Secret Service 的系统钥匙串）</translation>
    </message>
    <message>
        <location filename="../../ui/provider_settings.py" line="43"/>
        <source>Windows Credential Manager is not available: sign in to Windows with your own account, then open Settings and enter the keys.</source>
        <translation>Windows 凭据管理器不可用：请用你自己的账户登录 Windows，然后打开“设置”填写密钥。</translation>
    </message>
    <message>
        <location filename="../../ui/provider_settings.py" line="48"/>
        <source>The macOS Keychain is not available: open Keychain Access, make sure your login keychain exists and is unlocked, then open Settings and enter the keys.</source>
        <translation>macOS 钥匙串不可用：请打开“钥匙串访问”，确认登录钥匙串存在且已解锁，然后打开“设置”填写密钥。</translation>
    </message>
    <message>
        <location filename="../../ui/provider_settings.py" line="53"/>
        <source>Install and unlock GNOME Keyring or KWallet (any Secret Service keyring), then open Settings and enter the keys.</source>
        <translation>请安装并解锁 GNOME 密钥环或 KWallet（任一支持 Secret Service 的系统钥匙串），然后打开“设置”填写密钥。</translation>
    </message>
    <message>
        <location filename="../../ui/provider_settings.py" line="60"/>
        <source>This computer has no keyring to keep the tracking keys in. {remedy}</source>
        <translation>本机没有可保存物流查询密钥的系统钥匙串。{remedy}</translation>
    </message>
    <message>
        <location filename="../../ui/provider_settings.py" line="63"/>
        <source>The keyring ({store}) is locked, so the tracking keys cannot be read or saved. Unlock it (usually with your login password), then try again.</source>
        <translation>系统钥匙串（{store}）已锁定，无法读取或保存物流查询密钥。请先解锁（通常使用你的登录密码），然后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/provider_settings.py" line="68"/>
        <source>The keyring is switched off for your user account (keyring&apos;s &quot;null&quot; backend is configured, for example by &quot;keyring --disable&quot;), so keys would be thrown away. Remove that setting, then open Settings and enter the keys.</source>
        <translation>你的用户账户关闭了系统钥匙串（配置了 keyring 的“null”后端，例如执行过“keyring --disable”），密钥会被直接丢弃。请删除该设置，然后打开“设置”填写密钥。</translation>
    </message>
    <message>
        <location filename="../../ui/provider_settings.py" line="74"/>
        <source>The keyring in use here is not a secure one (it may keep keys in a plain file), so ShipProof does not use it. Use {store} instead, then open Settings and enter the keys.</source>
        <translation>此处使用的钥匙串不安全（可能把密钥存成明文文件），因此 ShipProof 不会使用它。请改用{store}，然后打开“设置”填写密钥。</translation>
    </message>
    <message>
        <location filename="../../ui/provider_settings.py" line="80"/>
        <source>The keyring ({store}) refused the key: {reason}.</source>
        <translation>系统钥匙串（{store}）拒绝保存密钥：{reason}。</translation>
    </message>
    <message>
        <location filename="../../ui/provider_settings.py" line="82"/>
        <source>it gave no reason</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <location filename="../../ui/provider_settings.py" line="100"/>
        <source>{problem} ShipProof never writes the keys anywhere else.</source>
        <translation>{problem}ShipProof 绝不会把密钥写到其他任何地方。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>Packing station</source>
        <translation>打包台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Tracking</source>
        <translation>物流跟踪</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <location filename="../../ui/main_window.py" line="506"/>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Customer service</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>&amp;Import orders…</source>
        <translation>导入订单(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>&amp;Evidence pack for the selected orders…</source>
        <translation>为所选订单生成证据包(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>Packing &amp;slips for the selected orders…</source>
        <translation>打印所选订单的装箱单(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>S&amp;hipping upload file…</source>
        <translation>发货上传文件(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231"/>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233"/>
        <source>&amp;Check the records</source>
        <translation>检查记录(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>T&amp;oday</source>
        <translation>今日(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>&amp;Orders</source>
        <translation>订单(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>&amp;Packing station</source>
        <translation>打包台(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>&amp;Tracking</source>
        <translation>物流跟踪(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <source>&amp;Alerts</source>
        <translation>预警(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>&amp;Customer service</source>
        <translation>客服(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>Find order</source>
        <translation>查找订单</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272"/>
        <source>&amp;Refresh tracking now</source>
        <translation>立即刷新物流(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>Tracking &amp;providers…</source>
        <translation>物流查询服务(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>Alert &amp;thresholds…</source>
        <translation>预警阈值(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283"/>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>&amp;About ShipProof</source>
        <translation>关于 ShipProof(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <source>Database: {url}</source>
        <translation>数据库：{url}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>Tracking: never refreshed</source>
        <translation>物流：尚未刷新</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309"/>
        <source>Last refresh: {time}</source>
        <translation>上次刷新：{time}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370"/>
        <source>The shop was copied to {folder}. ShipProof closes now; open it again to work there. The old folder is kept as it was.</source>
        <translation>店铺已复制到 {folder}。ShipProof 现在将关闭，再次打开后就会在新位置工作。原文件夹保持不变。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="428"/>
        <source>This shop lives on a database server: back it up there.</source>
        <translation>本店数据保存在数据库服务器上：请在服务器上备份。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="431"/>
        <source>A backup is being made already…</source>
        <translation>正在备份，请稍候…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="442"/>
        <source>Making a backup…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="458"/>
        <source>Backup made and verified: {file}</source>
        <translation>备份已完成并通过校验：{file}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="464"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="482"/>
        <source>ShipProof</source>
        <translation>ShipProof</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="483"/>
        <source>{count} new alert(s): parcels need a look</source>
        <translation>{count} 条新预警：有包裹需要查看</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="502"/>
        <source>Open alerts: {count}</source>
        <translation>待处理预警：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="506"/>
        <source>Alerts ({count})</source>
        <translation>预警 ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="530"/>
        <source>Import order exports</source>
        <translation>导入订单导出文件</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="532"/>
        <source>Order exports (*.csv *.tsv *.txt *.xlsx *.xls *.xlsm);;All files (*)</source>
        <translation>订单导出文件 (*.csv *.tsv *.txt *.xlsx *.xls *.xlsm);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="48"/>
        <source>Order id *</source>
        <translation>订单号 *</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="49"/>
        <source>Created at</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="50"/>
        <source>Paid at</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="51"/>
        <source>Dispatch by (deadline)</source>
        <translation>最晚发货时间</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="52"/>
        <source>Order total</source>
        <translation>订单金额</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="53"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="54"/>
        <source>Buyer note</source>
        <translation>买家留言</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="55"/>
        <source>Seller note</source>
        <translation>卖家备注</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="56"/>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="57"/>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="58"/>
        <source>Recipient name</source>
        <translation>收件人姓名</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="59"/>
        <source>Recipient phone</source>
        <translation>收件人电话</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="60"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="61"/>
        <source>Province / state</source>
        <translation>省/州</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="62"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="63"/>
        <source>District</source>
        <translation>区/县</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="64"/>
        <source>Street address</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="65"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="66"/>
        <source>Whole address in one cell (省 市 区 …)</source>
        <translation>完整地址在同一个单元格（省 市 区 …）</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="69"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="70"/>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="71"/>
        <source>Item title</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="72"/>
        <source>Variant</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="73"/>
        <source>Quantity *</source>
        <translation>数量 *</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="74"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="75"/>
        <source>Line total</source>
        <translation>小计</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="78"/>
        <source>The shop&apos;s time zone</source>
        <translation>店铺所在时区</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="79"/>
        <source>China (UTC+8)</source>
        <translation>中国（UTC+8）</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="80"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="92"/>
        <source>Map the columns of {file}</source>
        <translation>设置 {file} 的列对应</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="98"/>
        <source>e.g. kuaishou</source>
        <translation>例如 kuaishou</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="103"/>
        <source>Profile name</source>
        <translation>格式名称</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="104"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="105"/>
        <source>Times in this file are in</source>
        <translation>文件中的时间所用时区</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="119"/>
        <source>— not in this file —</source>
        <translation>— 文件中没有 —</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="136"/>
        <source>— none: every order gets the status on the right —</source>
        <translation>— 无：所有订单都使用右侧的状态 —</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="144"/>
        <source>In the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="144"/>
        <source>ShipProof status</source>
        <translation>ShipProof 状态</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="147"/>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="160"/>
        <source>Save and import</source>
        <translation>保存并导入</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="170"/>
        <source>The first rows of the file</source>
        <translation>文件的前几行</translation>
    </message>
    <message>
        <location filename="../../ui/mapping_dialog.py" line="183"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
</context>
<context>
    <name>Month</name>
    <message>
        <location filename="../../shop_time.py" line="19"/>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <location filename="../../shop_time.py" line="20"/>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <location filename="../../shop_time.py" line="21"/>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <location filename="../../shop_time.py" line="22"/>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <location filename="../../shop_time.py" line="23"/>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <location filename="../../shop_time.py" line="24"/>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <location filename="../../shop_time.py" line="25"/>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <location filename="../../shop_time.py" line="26"/>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <location filename="../../shop_time.py" line="27"/>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <location filename="../../shop_time.py" line="28"/>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <location filename="../../shop_time.py" line="29"/>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <location filename="../../shop_time.py" line="30"/>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <location filename="../../ui/order_detail.py" line="48"/>
        <source>Select an order to see its details.</source>
        <translation>选择一个订单查看详情。</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="89"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="92"/>
        <location filename="../../ui/order_detail.py" line="125"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="93"/>
        <source>Created</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="94"/>
        <source>Paid</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="95"/>
        <source>Dispatch by</source>
        <translation>最晚发货</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="97"/>
        <source>Total</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="121"/>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="120"/>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="100"/>
        <source>Carrier (platform)</source>
        <translation>快递公司（平台）</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="101"/>
        <source>Tracking number (platform)</source>
        <translation>运单号（平台）</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="102"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="103"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="104"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="105"/>
        <source>Buyer note</source>
        <translation>买家留言</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="106"/>
        <source>Seller note</source>
        <translation>卖家备注</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="110"/>
        <source>The platform masked this recipient (****).</source>
        <translation>平台隐藏了该收件人的信息（****）。</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="116"/>
        <source>Packed at the station</source>
        <translation>打包台已打包</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="122"/>
        <source>Dispatched</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="123"/>
        <source>Station</source>
        <translation>打包台</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="124"/>
        <source>Packer</source>
        <translation>打包员</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="140"/>
        <source>Lines</source>
        <translation>商品明细</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="144"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="145"/>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="146"/>
        <source>Title</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="147"/>
        <source>Variant</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="148"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="149"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="164"/>
        <source>What happened</source>
        <translation>经过</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="170"/>
        <source>Changes by later imports</source>
        <translation>后续导入带来的变更</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="173"/>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="173"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="173"/>
        <source>From</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../ui/order_detail.py" line="173"/>
        <source>To</source>
        <translation>新值</translation>
    </message>
</context>
<context>
    <name>OrderSheet</name>
    <message>
        <location filename="../../orders/order_sheet.py" line="29"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../orders/order_sheet.py" line="30"/>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../orders/order_sheet.py" line="31"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../orders/order_sheet.py" line="32"/>
        <source>Placed</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location filename="../../orders/order_sheet.py" line="33"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../orders/order_sheet.py" line="34"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../orders/order_sheet.py" line="35"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../orders/order_sheet.py" line="36"/>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../orders/order_sheet.py" line="37"/>
        <source>Total</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../orders/order_sheet.py" line="38"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../orders/order_sheet.py" line="39"/>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <location filename="../../orders/order_sheet.py" line="40"/>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <location filename="../../names.py" line="17"/>
        <source>Unpaid</source>
        <translation>待付款</translation>
    </message>
    <message>
        <location filename="../../names.py" line="18"/>
        <source>Awaiting dispatch</source>
        <translation>待发货</translation>
    </message>
    <message>
        <location filename="../../names.py" line="19"/>
        <source>Dispatched</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../names.py" line="20"/>
        <source>Delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <location filename="../../names.py" line="21"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../names.py" line="22"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../names.py" line="23"/>
        <source>Refunding</source>
        <translation>退款中</translation>
    </message>
    <message>
        <location filename="../../names.py" line="24"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../ui/models/orders.py" line="24"/>
        <source>Created</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/orders.py" line="25"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/models/orders.py" line="26"/>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../ui/models/orders.py" line="27"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/orders.py" line="28"/>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../ui/models/orders.py" line="29"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/models/orders.py" line="30"/>
        <source>Total</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/models/orders.py" line="31"/>
        <source>Tracking</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../ui/models/orders.py" line="83"/>
        <source>The platform&apos;s export says {number}</source>
        <translation>平台导出的运单号为 {number}</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <location filename="../../ui/orders_view.py" line="48"/>
        <source>Any time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../ui/orders_view.py" line="49"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location filename="../../ui/orders_view.py" line="50"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../ui/orders_view.py" line="51"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../ui/orders_view.py" line="52"/>
        <source>Last 365 days</source>
        <translation>最近 365 天</translation>
    </message>
    <message>
        <location filename="../../ui/orders_view.py" line="76"/>
        <source>Search order id, name, phone, tracking number, product, SKU…</source>
        <translation>搜索订单号、姓名、电话、运单号、商品、SKU…</translation>
    </message>
    <message>
        <location filename="../../ui/orders_view.py" line="81"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/orders_view.py" line="108"/>
        <location filename="../../ui/orders_view.py" line="261"/>
        <source>Packing slips…</source>
        <translation>装箱单…</translation>
    </message>
    <message>
        <location filename="../../ui/orders_view.py" line="110"/>
        <source>Print packing slips and a pick list for the selected orders</source>
        <translation>为所选订单打印装箱单和拣货单</translation>
    </message>
    <message>
        <location filename="../../ui/orders_view.py" line="114"/>
        <source>Evidence pack…</source>
        <translation>证据包…</translation>
    </message>
    <message>
        <location filename="../../ui/orders_view.py" line="116"/>
        <source>Preview, print or save the dispute evidence for the selected orders</source>
        <translation>预览、打印或保存所选订单的纠纷证据</translation>
    </message>
    <message>
        <location filename="../../ui/orders_view.py" line="157"/>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <location filename="../../ui/orders_view.py" line="204"/>
        <source>No orders yet. Export your orders from each platform you sell on (Taobao, Pinduoduo, Shopify, Amazon…) and import the files: ShipProof recognises the platform by itself. You can also drop the files on this window.</source>
        <translation>还没有订单。请从您销售的各个平台（淘宝、拼多多、Shopify、亚马逊……）导出订单，然后导入这些文件：ShipProof 会自动识别平台。也可以把文件直接拖到本窗口。</translation>
    </message>
    <message>
        <location filename="../../ui/orders_view.py" line="211"/>
        <source>Import orders…</source>
        <translation>导入订单…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/orders_view.py" line="227"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/orders_view.py" line="262"/>
        <source>Evidence packs…</source>
        <translation>证据包…</translation>
    </message>
    <message>
        <location filename="../../ui/orders_view.py" line="263"/>
        <source>Export to a spreadsheet…</source>
        <translation>导出为表格…</translation>
    </message>
    <message>
        <location filename="../../ui/orders_view.py" line="269"/>
        <source>Where is the parcel?</source>
        <translation>包裹到哪了？</translation>
    </message>
    <message>
        <location filename="../../ui/orders_view.py" line="272"/>
        <source>Copy order number</source>
        <translation>复制订单号</translation>
    </message>
    <message>
        <location filename="../../ui/orders_view.py" line="285"/>
        <source>Export orders</source>
        <translation>导出订单</translation>
    </message>
    <message>
        <location filename="../../ui/orders_view.py" line="285"/>
        <source>Spreadsheet (*.csv)</source>
        <translation>表格 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/orders_view.py" line="299"/>
        <source>%n order(s) written to {file}</source>
        <translation>
            <numerusform>已把 %n 个订单写入 {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/orders_view.py" line="334"/>
        <source>Packing slips — %n order(s)</source>
        <translation>
            <numerusform>装箱单 — %n 个订单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <location filename="../../paper/command_sheet.py" line="27"/>
        <source>Next order: close the open order</source>
        <translation>下一单：结束当前订单</translation>
    </message>
    <message>
        <location filename="../../paper/command_sheet.py" line="28"/>
        <source>Cancel: close the open order without a label</source>
        <translation>取消：不贴面单，结束当前订单</translation>
    </message>
    <message>
        <location filename="../../paper/command_sheet.py" line="29"/>
        <source>Confirm: bind a label of no known shape (after a warning)</source>
        <translation>确认：绑定格式未知的面单（出现警告后）</translation>
    </message>
    <message>
        <location filename="../../paper/command_sheet.py" line="32"/>
        <source>Another parcel: the open or just dispatched order takes one more label</source>
        <translation>加包裹：当前或刚发货的订单再贴一张面单</translation>
    </message>
    <message>
        <location filename="../../paper/command_sheet.py" line="35"/>
        <source>Merged parcel: scan every order that goes in it, then the one label</source>
        <translation>合并：先扫同一包裹里的所有订单，再扫一张面单</translation>
    </message>
    <message>
        <location filename="../../paper/command_sheet.py" line="38"/>
        <source>Reprint the open order&apos;s slip</source>
        <translation>重打当前订单的装箱单</translation>
    </message>
    <message>
        <location filename="../../paper/command_sheet.py" line="40"/>
        <source>Station commands</source>
        <translation>工位指令</translation>
    </message>
    <message>
        <location filename="../../paper/command_sheet.py" line="69"/>
        <source>Scan a code with the station&apos;s scanner. Keep this sheet at the bench.</source>
        <translation>用工位扫码枪扫描下列条码。请将本页放在打包台旁。</translation>
    </message>
    <message>
        <location filename="../../paper/slips.py" line="196"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../paper/slips.py" line="197"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../paper/slips.py" line="198"/>
        <source>Variant</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../../paper/slips.py" line="199"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../paper/slips.py" line="221"/>
        <source>Order {order_id}</source>
        <translation>订单 {order_id}</translation>
    </message>
    <message>
        <location filename="../../paper/slips.py" line="272"/>
        <source>{status}: do not ship this order</source>
        <translation>{status}：请勿发货</translation>
    </message>
    <message>
        <location filename="../../paper/slips.py" line="304"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../paper/slips.py" line="329"/>
        <source>Pick list — {count} orders, {time}</source>
        <translation>拣货单 — 共 {count} 个订单，{time}</translation>
    </message>
    <message>
        <location filename="../../paper/slips.py" line="377"/>
        <source>Packing slips</source>
        <translation>装箱单</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <location filename="../../ui/paper_dialog.py" line="40"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../ui/paper_dialog.py" line="41"/>
        <source>Letter</source>
        <translation>美式信纸（8.5 × 11 英寸）</translation>
    </message>
    <message>
        <location filename="../../ui/paper_dialog.py" line="42"/>
        <source>Label 100 × 150 mm</source>
        <translation>标签 100 × 150 毫米</translation>
    </message>
    <message>
        <location filename="../../ui/paper_dialog.py" line="43"/>
        <source>Label 4 × 6 in</source>
        <translation>标签 4 × 6 英寸</translation>
    </message>
    <message>
        <location filename="../../ui/paper_dialog.py" line="50"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/paper_dialog.py" line="52"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/paper_dialog.py" line="89"/>
        <source>%n slip(s) a sheet</source>
        <translation>
            <numerusform>每页 %n 张</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/paper_dialog.py" line="96"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/paper_dialog.py" line="97"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/paper_dialog.py" line="98"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/paper_dialog.py" line="104"/>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../ui/paper_dialog.py" line="162"/>
        <source>Preparing the pages…</source>
        <translation>正在准备页面…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/paper_dialog.py" line="173"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/paper_dialog.py" line="198"/>
        <source>Not saved: {error}</source>
        <translation>未保存：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/paper_dialog.py" line="200"/>
        <source>Saved to {file}</source>
        <translation>已保存到 {file}</translation>
    </message>
</context>
<context>
    <name>ParcelCamera</name>
    <message>
        <location filename="../../ui/camera.py" line="219"/>
        <source>Camera: waiting for access…</source>
        <translation>摄像头：等待授权…</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="236"/>
        <source>Camera access refused: allow it in the system&apos;s settings</source>
        <translation>摄像头访问被拒绝：请在系统设置中允许</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="248"/>
        <source>No camera (camera support is not installed)</source>
        <translation>无摄像头（未安装摄像头支持）</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="255"/>
        <source>No camera: {name} is not connected</source>
        <translation>无摄像头：{name} 未连接</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="257"/>
        <source>No camera</source>
        <translation>无摄像头</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="272"/>
        <source>Camera: {name}</source>
        <translation>摄像头：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="287"/>
        <source>Camera error: {message}</source>
        <translation>摄像头出错：{message}</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="292"/>
        <source>No camera: the camera stopped</source>
        <translation>无摄像头：摄像头已停止</translation>
    </message>
</context>
<context>
    <name>ParcelStatus</name>
    <message>
        <location filename="../../names.py" line="27"/>
        <source>No carrier data yet</source>
        <translation>暂无物流信息</translation>
    </message>
    <message>
        <location filename="../../names.py" line="28"/>
        <source>Info received</source>
        <translation>待揽收</translation>
    </message>
    <message>
        <location filename="../../names.py" line="29"/>
        <source>Picked up</source>
        <translation>已揽收</translation>
    </message>
    <message>
        <location filename="../../names.py" line="30"/>
        <source>In transit</source>
        <translation>运输中</translation>
    </message>
    <message>
        <location filename="../../names.py" line="31"/>
        <source>In customs</source>
        <translation>清关中</translation>
    </message>
    <message>
        <location filename="../../names.py" line="32"/>
        <source>Out for delivery</source>
        <translation>派送中</translation>
    </message>
    <message>
        <location filename="../../names.py" line="33"/>
        <source>Ready for pickup</source>
        <translation>待取件</translation>
    </message>
    <message>
        <location filename="../../names.py" line="34"/>
        <source>Delivered</source>
        <translation>已签收</translation>
    </message>
    <message>
        <location filename="../../names.py" line="35"/>
        <source>Delivery failed</source>
        <translation>派送失败</translation>
    </message>
    <message>
        <location filename="../../names.py" line="36"/>
        <source>Exception</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../../names.py" line="37"/>
        <source>Returning</source>
        <translation>退回中</translation>
    </message>
    <message>
        <location filename="../../names.py" line="38"/>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../names.py" line="39"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../names.py" line="40"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <location filename="../../names.py" line="113"/>
        <source>Amazon</source>
        <translation>亚马逊</translation>
    </message>
    <message>
        <location filename="../../names.py" line="114"/>
        <source>Douyin shop</source>
        <translation>抖音小店</translation>
    </message>
    <message>
        <location filename="../../names.py" line="115"/>
        <source>eBay</source>
        <translation>eBay</translation>
    </message>
    <message>
        <location filename="../../names.py" line="116"/>
        <source>Etsy</source>
        <translation>Etsy</translation>
    </message>
    <message>
        <location filename="../../names.py" line="117"/>
        <source>JD.com</source>
        <translation>京东</translation>
    </message>
    <message>
        <location filename="../../names.py" line="118"/>
        <source>Pinduoduo</source>
        <translation>拼多多</translation>
    </message>
    <message>
        <location filename="../../names.py" line="119"/>
        <source>Shopee</source>
        <translation>Shopee 虾皮</translation>
    </message>
    <message>
        <location filename="../../names.py" line="120"/>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <location filename="../../names.py" line="121"/>
        <source>Taobao / Tmall</source>
        <translation>淘宝 / 天猫</translation>
    </message>
    <message>
        <location filename="../../names.py" line="122"/>
        <source>TikTok Shop</source>
        <translation>TikTok Shop（国际版）</translation>
    </message>
    <message>
        <location filename="../../names.py" line="123"/>
        <source>WeChat shop</source>
        <translation>微信小店</translation>
    </message>
    <message>
        <location filename="../../names.py" line="124"/>
        <source>WooCommerce</source>
        <translation>WooCommerce</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing.py" line="58"/>
        <source>Cannot open {file}</source>
        <translation>无法打开 {file}</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="59"/>
        <location filename="../../ui/printing.py" line="159"/>
        <location filename="../../ui/printing.py" line="189"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="98"/>
        <source>The file to print could not be read.</source>
        <translation>无法读取要打印的文件。</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="105"/>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="153"/>
        <source>Printing {file}…</source>
        <translation>正在打印 {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="154"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ProfileChoiceDialog</name>
    <message>
        <location filename="../../ui/profile_choice.py" line="33"/>
        <source>Which export is this?</source>
        <translation>这是哪种导出文件？</translation>
    </message>
    <message>
        <location filename="../../ui/profile_choice.py" line="37"/>
        <source>The columns of {file} fit several kinds of export about equally well. Which one is it?</source>
        <translation>{file} 的各列与几种导出文件的吻合程度相近。它是哪一种？</translation>
    </message>
    <message>
        <location filename="../../ui/profile_choice.py" line="44"/>
        <source>Export</source>
        <translation>导出文件</translation>
    </message>
    <message>
        <location filename="../../ui/profile_choice.py" line="44"/>
        <source>Known columns in the file</source>
        <translation>文件中的已知列</translation>
    </message>
    <message>
        <location filename="../../ui/profile_choice.py" line="44"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/profile_choice.py" line="54"/>
        <source>{found} of {known}</source>
        <translation>{found}/{known}</translation>
    </message>
    <message>
        <location filename="../../ui/profile_choice.py" line="55"/>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location filename="../../ui/profile_choice.py" line="62"/>
        <source>Remember this choice for files with the same columns</source>
        <translation>对列相同的文件记住这一选择</translation>
    </message>
</context>
<context>
    <name>ProvidersPanel</name>
    <message>
        <location filename="../../ui/provider_settings.py" line="30"/>
        <source>Customer</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../ui/provider_settings.py" line="31"/>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../../ui/provider_settings.py" line="121"/>
        <source>Keys are kept in this computer&apos;s keyring, never in the shop&apos;s database.</source>
        <translation>密钥保存在本机的系统钥匙串中，绝不会存入店铺数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/provider_settings.py" line="147"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../ui/provider_settings.py" line="174"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../../ui/provider_settings.py" line="183"/>
        <source>The key works</source>
        <translation>密钥可用</translation>
    </message>
</context>
<context>
    <name>RefreshProblems</name>
    <message>
        <location filename="../../ui/refresh_problems.py" line="35"/>
        <source>Parcels the refresh could not update</source>
        <translation>本次刷新未能更新的包裹</translation>
    </message>
    <message>
        <location filename="../../ui/refresh_problems.py" line="38"/>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../ui/refresh_problems.py" line="38"/>
        <source>Provider</source>
        <translation>查询服务</translation>
    </message>
    <message>
        <location filename="../../ui/refresh_problems.py" line="38"/>
        <source>What happened</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ScanCode</name>
    <message>
        <location filename="../../names.py" line="66"/>
        <source>Order opened</source>
        <translation>打开订单</translation>
    </message>
    <message>
        <location filename="../../names.py" line="67"/>
        <source>Order switched</source>
        <translation>切换订单</translation>
    </message>
    <message>
        <location filename="../../names.py" line="68"/>
        <source>Label read again</source>
        <translation>面单重复读取</translation>
    </message>
    <message>
        <location filename="../../names.py" line="69"/>
        <source>Order closed</source>
        <translation>关闭订单</translation>
    </message>
    <message>
        <location filename="../../names.py" line="70"/>
        <source>Merged parcel started</source>
        <translation>开始合并包裹</translation>
    </message>
    <message>
        <location filename="../../names.py" line="71"/>
        <source>Parcel added</source>
        <translation>增加包裹</translation>
    </message>
    <message>
        <location filename="../../names.py" line="72"/>
        <source>Slip reprinted</source>
        <translation>补打面单</translation>
    </message>
    <message>
        <location filename="../../names.py" line="73"/>
        <source>Item checked</source>
        <translation>商品核对</translation>
    </message>
    <message>
        <location filename="../../names.py" line="74"/>
        <source>Dispatched</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../names.py" line="75"/>
        <source>Unknown label</source>
        <translation>无法识别的面单</translation>
    </message>
    <message>
        <location filename="../../names.py" line="76"/>
        <source>Stopped — unpaid</source>
        <translation>拦截——未付款</translation>
    </message>
    <message>
        <location filename="../../names.py" line="77"/>
        <source>Stopped — cancelled</source>
        <translation>拦截——已取消</translation>
    </message>
    <message>
        <location filename="../../names.py" line="78"/>
        <source>Stopped — refunded</source>
        <translation>拦截——已退款</translation>
    </message>
    <message>
        <location filename="../../names.py" line="79"/>
        <source>Stopped — already dispatched</source>
        <translation>拦截——已发货</translation>
    </message>
    <message>
        <location filename="../../names.py" line="80"/>
        <source>Refused — invalid label</source>
        <translation>拒绝——面单无效</translation>
    </message>
    <message>
        <location filename="../../names.py" line="81"/>
        <source>Refused — label already used</source>
        <translation>拒绝——面单已被使用</translation>
    </message>
    <message>
        <location filename="../../names.py" line="82"/>
        <source>Refused — not the platform&apos;s waybill</source>
        <translation>拒绝——非平台分配的运单号</translation>
    </message>
    <message>
        <location filename="../../names.py" line="83"/>
        <source>Refused — wrong carrier</source>
        <translation>拒绝——快递公司不符</translation>
    </message>
    <message>
        <location filename="../../names.py" line="84"/>
        <source>Refused — items missing</source>
        <translation>拒绝——商品未扫齐</translation>
    </message>
    <message>
        <location filename="../../names.py" line="85"/>
        <source>Refused — no order open</source>
        <translation>拒绝——没有打开的订单</translation>
    </message>
    <message>
        <location filename="../../names.py" line="86"/>
        <source>Refused — item not in order</source>
        <translation>拒绝——商品不在订单中</translation>
    </message>
    <message>
        <location filename="../../names.py" line="87"/>
        <source>Refused — too many of an item</source>
        <translation>拒绝——商品数量超出</translation>
    </message>
    <message>
        <location filename="../../names.py" line="88"/>
        <source>Refused — unknown code</source>
        <translation>拒绝——未知条码</translation>
    </message>
</context>
<context>
    <name>ScanDetail</name>
    <message>
        <location filename="../../dispatch/outcome.py" line="98"/>
        <source>empty scan</source>
        <translation>空扫描</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="99"/>
        <source>no order was open</source>
        <translation>当前没有打开的订单</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="100"/>
        <source>order {order} closed</source>
        <translation>订单 {order} 已关闭</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="101"/>
        <source>order {order} closed without a label</source>
        <translation>订单 {order} 已关闭，未绑定面单</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="102"/>
        <source>merged parcel: scan every order that goes in it, then the one label</source>
        <translation>合并包裹：先扫描要装进这个包裹的每个订单，再扫描唯一的一张面单</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="105"/>
        <source>merged parcel with order {order}: scan the other orders that go in it, then the one label</source>
        <translation>与订单 {order} 合并包裹：请扫描要装进这个包裹的其他订单，再扫描唯一的一张面单</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="109"/>
        <source>order {order} closed with {count} of {planned} parcels</source>
        <translation>订单 {order} 已关闭：计划 {planned} 个包裹，已发 {count} 个</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="112"/>
        <source>{order} is an order id in several stores ({stores}): this slip cannot say which — scan its platform waybill instead</source>
        <translation>{order} 在多个店铺（{stores}）中都是订单号：这张单据无法确定是哪一个 — 请改为扫描它的平台运单</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="117"/>
        <source>reprint the slip of {order}</source>
        <translation>重新打印订单 {order} 的装箱单</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="118"/>
        <source>{command}: nothing to do now</source>
        <translation>{command}：当前无需操作</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="119"/>
        <source>a merged parcel takes one label: finish it before adding a parcel</source>
        <translation>合并包裹只能用一张面单：请先完成它，再添加包裹</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="122"/>
        <source>order {order} goes in {count} parcels: scan each label</source>
        <translation>订单 {order} 分 {count} 个包裹发货：请逐一扫描每张面单</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="125"/>
        <source>order {order}: scan the label of parcel {parcel}</source>
        <translation>订单 {order}：请扫描第 {parcel} 个包裹的面单</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="128"/>
        <source>{title}</source>
        <translation>{title}</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="129"/>
        <source>{title} {count}/{quantity}</source>
        <translation>{title} {count}/{quantity}</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="130"/>
        <source>{title}: only {quantity} in this order</source>
        <translation>{title}：本订单只有 {quantity} 件</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="131"/>
        <source>STOP: order {order} is {status} ({platform_status}) — do not ship</source>
        <translation>停！订单 {order} 的状态为{status}（{platform_status}）— 请勿发货</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="134"/>
        <source>order {order} was already dispatched with {number} on {when} at station {station} by {operator}</source>
        <translation>订单 {order} 已于 {when} 在打包台 {station} 由 {operator} 发货，运单号 {number}</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="139"/>
        <source>finish order {order} first: {missing}</source>
        <translation>请先完成订单 {order}：{missing}</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="140"/>
        <source>order {order}: scan the label</source>
        <translation>订单 {order}：请扫描面单</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="141"/>
        <source>order {order}: scan the label — order {left} was put aside without a label</source>
        <translation>订单 {order}：请扫描面单 — 订单 {left} 未贴面单就被放下了</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="144"/>
        <source>label {number} is already on order {order}: it was read twice</source>
        <translation>面单 {number} 已绑定订单 {order}：重复扫描了一次</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="147"/>
        <source>order {order}: scan {missing}</source>
        <translation>订单 {order}：请扫描 {missing}</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="148"/>
        <source>order {order}: scan the label ({count} orders in this parcel)</source>
        <translation>订单 {order}：请扫描面单（此包裹共 {count} 个订单）</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="151"/>
        <source>order {order}: scan {missing} ({count} orders in this parcel)</source>
        <translation>订单 {order}：请扫描 {missing}（此包裹共 {count} 个订单）</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="154"/>
        <source>order {order}: scan the other orders of this merged parcel, then the label</source>
        <translation>订单 {order}：请扫描这个合并包裹的其他订单，再扫描面单</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="157"/>
        <source>order {order}: the platform says it shipped with {waybill} — scan that label</source>
        <translation>订单 {order}：平台显示已用 {waybill} 发货 — 请扫描这张面单</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="160"/>
        <source>order {order}: scan {missing}, then the label</source>
        <translation>订单 {order}：请先扫描 {missing}，再扫描面单</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="161"/>
        <source>label {number} is already on order {order}</source>
        <translation>面单 {number} 已用于订单 {order}</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="162"/>
        <source>label {number} is already on this order</source>
        <translation>面单 {number} 已绑定在本订单上</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="165"/>
        <source>{number}: not an order, an item or a label</source>
        <translation>{number}：不是订单、商品或面单</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="166"/>
        <source>{number}: no order is open — scan the order first</source>
        <translation>{number}：当前没有打开的订单 — 请先扫描订单</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="169"/>
        <source>{number}: order {order} is closed — for another parcel of it scan PARCEL, then the label; otherwise scan the next order first</source>
        <translation>{number}：订单 {order} 已关闭 — 如要给它再加一个包裹，请先扫描“加包裹”，再扫描面单；否则请先扫描下一个订单</translation>
    </message>
    <message>
        <location filename="../../dispatch/numbers.py" line="27"/>
        <source>not a tracking number: 6 to 40 letters and digits</source>
        <translation>不是运单号：运单号应为 6 到 40 位字母或数字</translation>
    </message>
    <message>
        <location filename="../../dispatch/numbers.py" line="30"/>
        <source>check digit wrong for {rules}: mistyped or misread</source>
        <translation>{rules} 的校验位不对：可能输错或扫错了</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="176"/>
        <source>still to scan before the label: {missing}</source>
        <translation>扫描面单前还需扫描：{missing}</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="179"/>
        <source>{number} is not in order {order}</source>
        <translation>{number} 不属于订单 {order}</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="180"/>
        <source>{number} is not in order {order}; still to scan: {missing}</source>
        <translation>{number} 不属于订单 {order}；还需扫描：{missing}</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="183"/>
        <source>the platform assigned {waybill} to order {order}, not {number}</source>
        <translation>平台给订单 {order} 分配的运单号是 {waybill}，不是 {number}</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="186"/>
        <source>label {number} is the platform&apos;s waybill of order {owner}, not of {order}</source>
        <translation>面单 {number} 是平台给订单 {owner} 的运单，不是订单 {order} 的</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="189"/>
        <source>label {number} is also the platform&apos;s waybill of order {owner}: scan MERGE, both orders, then the label</source>
        <translation>面单 {number} 也是平台给订单 {owner} 的运单：请先扫描“合并”，再扫描这两个订单，最后扫描面单</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="194"/>
        <source>label {number} is the platform&apos;s waybill of order {owner}, and order {order} is closed — scan order {owner} first</source>
        <translation>面单 {number} 是平台给订单 {owner} 的运单，而订单 {order} 已关闭 — 请先扫描订单 {owner}</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="199"/>
        <source>order {order} ships with {carrier}; this label looks like {carriers}</source>
        <translation>订单 {order} 应由 {carrier} 发货；这张面单看起来属于 {carriers}</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="202"/>
        <source>{number} fits no known carrier: scan it again, or scan CONFIRM</source>
        <translation>{number} 不符合任何已知快递公司的单号规则：请再扫一次，或扫描 CONFIRM 确认</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="205"/>
        <source>order {order} dispatched with {number}</source>
        <translation>订单 {order} 已发货，运单号 {number}</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="206"/>
        <source>order {order} dispatched with {number} (parcel {parcel})</source>
        <translation>订单 {order} 已发货，运单号 {number}（第 {parcel} 个包裹）</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="209"/>
        <source>order {order}: parcel {parcel} dispatched with {number} — scan the next label</source>
        <translation>订单 {order}：第 {parcel} 个包裹已发货，运单号 {number} — 请扫描下一张面单</translation>
    </message>
    <message>
        <location filename="../../dispatch/outcome.py" line="213"/>
        <source>merged parcel of orders {orders} dispatched with {number}</source>
        <translation>订单 {orders} 的合并包裹已发货，运单号 {number}</translation>
    </message>
</context>
<context>
    <name>ScanResult</name>
    <message>
        <location filename="../../names.py" line="60"/>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../names.py" line="61"/>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../names.py" line="62"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../names.py" line="63"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>SchemaWarning</name>
    <message>
        <location filename="../../ui/schema_warning.py" line="55"/>
        <source>The shop database was changed outside ShipProof</source>
        <translation>店铺数据库在 ShipProof 之外被改动过</translation>
    </message>
    <message>
        <location filename="../../ui/schema_warning.py" line="75"/>
        <source>The shop database has objects the app did not create: {objects}. They can change your records behind the app&apos;s back — restore a backup or remove them.</source>
        <translation>店铺数据库中有并非本应用创建的对象：{objects}。它们可能绕过应用悄悄更改您的记录 — 请恢复备份或删除它们。</translation>
    </message>
    <message>
        <location filename="../../ui/schema_warning.py" line="83"/>
        <source>The shop database lacks parts the app built: {objects}. Restore a backup.</source>
        <translation>店铺数据库缺少本应用建立的部分：{objects}。请恢复备份。</translation>
    </message>
    <message>
        <location filename="../../ui/schema_warning.py" line="89"/>
        <source>The shop database has parts that differ from what the app built: {objects}. Restore a backup.</source>
        <translation>店铺数据库中有与本应用所建不同的部分：{objects}。请恢复备份。</translation>
    </message>
    <message>
        <location filename="../../ui/schema_warning.py" line="96"/>
        <source>, </source>
        <comment>between the named objects</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ui/schema_warning.py" line="101"/>
        <source>column {table}.{name}</source>
        <translation>列 {table}.{name}</translation>
    </message>
    <message>
        <location filename="../../ui/schema_warning.py" line="103"/>
        <source>trigger {name} on {table}</source>
        <translation>表 {table} 上的触发器 {name}</translation>
    </message>
    <message>
        <location filename="../../ui/schema_warning.py" line="105"/>
        <source>rule {name} on {table}</source>
        <translation>表 {table} 上的规则 {name}</translation>
    </message>
    <message>
        <location filename="../../ui/schema_warning.py" line="107"/>
        <source>index {name} on {table}</source>
        <translation>表 {table} 上的索引 {name}</translation>
    </message>
    <message>
        <location filename="../../ui/schema_warning.py" line="109"/>
        <source>view {name}</source>
        <translation>视图 {name}</translation>
    </message>
    <message>
        <location filename="../../ui/schema_warning.py" line="110"/>
        <source>table {name}</source>
        <translation>表 {name}</translation>
    </message>
</context>
<context>
    <name>Selftest</name>
    <message>
        <location filename="../../resource_sets.py" line="112"/>
        <location filename="../../selftest.py" line="60"/>
        <source>platform profiles</source>
        <translation>平台格式</translation>
    </message>
    <message>
        <location filename="../../resource_sets.py" line="113"/>
        <location filename="../../selftest.py" line="61"/>
        <source>status maps</source>
        <translation>状态对照表</translation>
    </message>
    <message>
        <location filename="../../resource_sets.py" line="114"/>
        <source>carrier rules</source>
        <translation>快递单号规则</translation>
    </message>
    <message>
        <location filename="../../resource_sets.py" line="115"/>
        <source>shipping-export layouts</source>
        <translation>发货上传文件格式</translation>
    </message>
    <message>
        <location filename="../../resource_sets.py" line="116"/>
        <source>fonts</source>
        <translation>字体</translation>
    </message>
    <message>
        <location filename="../../resource_sets.py" line="117"/>
        <source>sounds</source>
        <translation>提示音</translation>
    </message>
    <message>
        <location filename="../../resource_sets.py" line="118"/>
        <source>translations</source>
        <translation>翻译</translation>
    </message>
    <message>
        <location filename="../../resource_sets.py" line="119"/>
        <source>icons</source>
        <translation>图标</translation>
    </message>
    <message>
        <location filename="../../resource_sets.py" line="120"/>
        <source>demo exports</source>
        <translation>演示导出文件</translation>
    </message>
    <message>
        <location filename="../../resource_sets.py" line="121"/>
        <source>rules and tables</source>
        <translation>规则与对照表</translation>
    </message>
    <message>
        <location filename="../../resource_sets.py" line="153"/>
        <source>{set} {found} of {named}, missing {files}</source>
        <translation>{set} {found}/{named}，缺少 {files}</translation>
    </message>
    <message>
        <location filename="../../resource_sets.py" line="160"/>
        <source>{set} {count}</source>
        <translation>{set} {count}</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="59"/>
        <source>resources</source>
        <translation>资源文件</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="62"/>
        <source>rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="63"/>
        <source>window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="64"/>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="65"/>
        <source>evidence pack</source>
        <translation>举证包</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="69"/>
        <source>the station&apos;s sounds and camera</source>
        <translation>打包台的提示音和摄像头</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="70"/>
        <source>printers</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="120"/>
        <source>in {root}: {sets}</source>
        <translation>{root} 中：{sets}</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="125"/>
        <source>{sets} in {root}</source>
        <translation>{sets}，位于 {root}</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="137"/>
        <source>{found} platform profiles load, {least} ship</source>
        <translation>只载入了 {found} 个平台格式，应有 {least} 个</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="141"/>
        <source>{count} platform profiles</source>
        <translation>{count} 个平台格式</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="149"/>
        <source>{count} maps ({names}), {codes} codes</source>
        <translation>{count} 张对照表（{names}），共 {codes} 个状态码</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="160"/>
        <source>{numbers} tracking-number rules, {layouts} shipping-export layouts, alert rules</source>
        <translation>{numbers} 条单号规则，{layouts} 种发货上传文件格式，预警规则</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="178"/>
        <source>checked on Linux only; Qt reports its own problems here</source>
        <translation>只在 Linux 上检查；在此系统上由 Qt 自行报告问题</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="182"/>
        <source>PySide6 is not installed: the window cannot open</source>
        <translation>未安装 PySide6：无法打开窗口</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="187"/>
        <source>no display here (DISPLAY is not set); the other commands need none</source>
        <translation>这里没有显示器（未设置 DISPLAY）；其他命令不需要显示器</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="196"/>
        <source>the window lacks {names}; install: {command}</source>
        <translation>窗口缺少 {names}；请安装：{command}</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="200"/>
        <source>the window lacks {names}</source>
        <translation>窗口缺少 {names}</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="203"/>
        <source>{feature} off (lacks {libraries})</source>
        <translation>{feature}不可用（缺少 {libraries}）</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="209"/>
        <source>Qt&apos;s system libraries are all here</source>
        <translation>Qt 所需的系统库齐全</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="225"/>
        <source>the shared database&apos;s schema ({current}) is newer than this app (up to {head}): update ShipProof on this computer</source>
        <translation>共享数据库的结构（{current}）比本程序新（本程序最高 {head}）：请在这台电脑上更新 ShipProof</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="241"/>
        <source>{url} reachable, schema up to date</source>
        <translation>{url} 可连接，数据库结构为最新</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="244"/>
        <source>{url} reachable, schema at {current}, migrated to {head} at start</source>
        <translation>{url} 可连接，数据库结构为 {current}，启动时将升级到 {head}</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="260"/>
        <source>{path}: {problems}</source>
        <translation>{path}：{problems}</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="268"/>
        <source>{path}: sound; migrations and hash chains pass on a copy; {library}</source>
        <translation>{path}：完好；在副本上迁移和哈希链校验均通过；{library}</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="277"/>
        <source>no database yet at {path}; migrations build a new one; {library}</source>
        <translation>{path} 还没有数据库；将由迁移新建；{library}</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="311"/>
        <source>the demo shop packed no parcel</source>
        <translation>演示店铺没有打包任何包裹</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="318"/>
        <source>the {language} pack is not a sound PDF</source>
        <translation>{language} 举证包不是完好的 PDF</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="323"/>
        <source>{language} {pages} pages</source>
        <translation>{language} {pages} 页</translation>
    </message>
    <message>
        <location filename="../../selftest.py" line="331"/>
        <source>order {order}: {pages}</source>
        <translation>订单 {order}：{pages}</translation>
    </message>
    <message>
        <location filename="../../storage/sqlite_library.py" line="66"/>
        <source>{name} (has SQLite&apos;s WAL-reset bug, fixed in 3.51.3: a risk for several stations)</source>
        <translation>{name}（含 SQLite 的 WAL 重置缺陷，已在 3.51.3 修复：多个打包台同时使用时有风险）</translation>
    </message>
    <message>
        <location filename="../../storage/sqlite_library.py" line="74"/>
        <source>warning: {name} has SQLite&apos;s WAL-reset bug (fixed in 3.51.3), and {count} stations scanned into this file in the last {days} days ({stations}): a rare race between their commits can corrupt it; share the shop through PostgreSQL, or run ShipProof on a Python whose SQLite is 3.51.3 or newer</source>
        <translation>警告：{name} 含 SQLite 的 WAL 重置缺陷（已在 3.51.3 修复），而最近 {days} 天有 {count} 个打包台向此文件扫描（{stations}）：它们提交时的罕见竞争可能损坏文件；请通过 PostgreSQL 共享店铺，或在 SQLite 为 3.51.3 或更新版本的 Python 上运行 ShipProof</translation>
    </message>
</context>
<context>
    <name>ServiceView</name>
    <message>
        <location filename="../../ui/service_view.py" line="52"/>
        <source>The buyer&apos;s phone, name, order number or tracking number</source>
        <translation>买家的手机号、姓名、订单号或运单号</translation>
    </message>
    <message>
        <location filename="../../ui/service_view.py" line="72"/>
        <source>Pick an order to get a ready reply</source>
        <translation>选择一个订单，即可得到现成的回复</translation>
    </message>
    <message>
        <location filename="../../ui/service_view.py" line="73"/>
        <source>Copy reply</source>
        <translation>复制回复</translation>
    </message>
    <message>
        <location filename="../../ui/service_view.py" line="74"/>
        <source>Copy tracking link</source>
        <translation>复制物流链接</translation>
    </message>
    <message>
        <location filename="../../ui/service_view.py" line="79"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../ui/service_view.py" line="83"/>
        <source>Reply in</source>
        <translation>回复语言</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_view.py" line="121"/>
        <source>More than %n orders: add more words</source>
        <translation>
            <numerusform>超过 %n 个订单：请再多输入一些信息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_view.py" line="123"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/service_view.py" line="146"/>
        <source>Type what the buyer gave you to find their order.</source>
        <translation>输入买家提供的信息，找到他们的订单。</translation>
    </message>
    <message>
        <location filename="../../ui/service_view.py" line="156"/>
        <source>Order {order}</source>
        <translation>订单 {order}</translation>
    </message>
    <message>
        <location filename="../../ui/service_view.py" line="157"/>
        <source>Not dispatched yet.</source>
        <translation>尚未发货。</translation>
    </message>
    <message>
        <location filename="../../ui/service_view.py" line="157"/>
        <source>No carrier event yet.</source>
        <translation>快递公司还没有物流记录。</translation>
    </message>
    <message>
        <location filename="../../ui/service_view.py" line="195"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="139"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="152"/>
        <location filename="../../ui/settings_dialog.py" line="159"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="160"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="161"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="174"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="175"/>
        <source>Platforms and stores</source>
        <translation>平台与店铺</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="176"/>
        <source>Packing station</source>
        <translation>打包台</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="177"/>
        <source>Tracking providers</source>
        <translation>物流查询服务</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="178"/>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="194"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="195"/>
        <source>A new language is used from the next start.</source>
        <translation>新语言将在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="196"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="200"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="204"/>
        <source>Move…</source>
        <translation>移动…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="210"/>
        <source>The demo shop, or a folder given at start, cannot be moved from here.</source>
        <translation>演示店铺或启动时指定的文件夹不能在这里移动。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="216"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="225"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="230"/>
        <location filename="../../ui/settings_dialog.py" line="293"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="233"/>
        <source>A verified copy of the shop is made there every day; a synced cloud folder keeps it safe if this computer is lost.</source>
        <translation>每天都会在这里生成一份经过校验的店铺备份；选一个会同步到云端的文件夹，即使这台电脑丢失，数据也安全。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="257"/>
        <source>New data folder</source>
        <translation>新的数据文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="278"/>
        <source>Not moved: {reason}</source>
        <translation>未移动：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="311"/>
        <source>Nothing was saved: the keyring did not take the keys (see above).</source>
        <translation>未保存任何内容：系统钥匙串未能保存密钥（见上方说明）。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="354"/>
        <source>Renaming stores: {done} of {total} orders restated… (Cancel stops it)</source>
        <translation>正在重命名店铺：已重新记录 {done} / {total} 个订单…（点“取消”可停止）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="366"/>
        <source>Nothing was saved to the shop: {reason}</source>
        <translation>店铺数据未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="370"/>
        <source>Nothing was saved to the shop: the renaming was stopped.</source>
        <translation>店铺数据未作任何保存：重命名已停止。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="269"/>
        <source>Copying the shop to {folder}…</source>
        <translation>正在将店铺复制到 {folder}…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="283"/>
        <source>ShipProof works in {folder} from its next start.</source>
        <translation>ShipProof 下次启动后将在 {folder} 中工作。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="116"/>
        <source>Set up ShipProof</source>
        <translation>设置 ShipProof</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="133"/>
        <source>Your shop</source>
        <translation>你的店铺</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="134"/>
        <source>The name is printed on evidence packs.</source>
        <translation>店铺名称会印在证据包上。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="141"/>
        <source>Where you sell</source>
        <translation>销售平台</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="142"/>
        <source>Imports recognise each platform&apos;s export by itself.</source>
        <translation>导入时会自动识别各平台的导出文件。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="149"/>
        <source>Packing station</source>
        <translation>打包台</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="150"/>
        <source>How a shift starts at the packing bench.</source>
        <translation>在打包台开始班次时的默认设置。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="155"/>
        <source>Carrier tracking</source>
        <translation>物流跟踪</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="157"/>
        <source>Optional: keys for the tracking services you have an account with. They are kept in this computer&apos;s keyring.</source>
        <translation>可选：填写你已开通的物流查询服务的密钥。密钥保存在本机的系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="195"/>
        <source>The keyring did not take the keys (see above). To finish now, leave the keys empty and add them later in Settings.</source>
        <translation>系统钥匙串未能保存密钥（见上方说明）。如要现在完成设置，请将密钥留空，稍后在“设置”中添加。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="207"/>
        <source>Nothing was saved to the shop: {reason}</source>
        <translation>店铺数据未保存：{reason}</translation>
    </message>
</context>
<context>
    <name>ShopPanel</name>
    <message>
        <location filename="../../ui/shop_panels.py" line="46"/>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location filename="../../ui/shop_panels.py" line="47"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../ui/shop_panels.py" line="50"/>
        <source>Times in exports that carry no zone (eBay, Etsy, WooCommerce) are read in this zone.</source>
        <translation>导出文件中未注明时区的时间（eBay、Etsy、WooCommerce）按此时区读取。</translation>
    </message>
</context>
<context>
    <name>ShopSettings</name>
    <message>
        <location filename="../../shop.py" line="35"/>
        <source>{zone} is not a time zone this computer knows</source>
        <translation>本机不认识时区 {zone}</translation>
    </message>
    <message>
        <location filename="../../shop.py" line="38"/>
        <source>{platform} is not a platform ShipProof knows</source>
        <translation>ShipProof 不认识平台 {platform}</translation>
    </message>
    <message>
        <location filename="../../shop.py" line="41"/>
        <source>the {platform} store needs a name</source>
        <translation>{platform}店铺需要一个名称</translation>
    </message>
    <message>
        <location filename="../../shop.py" line="42"/>
        <source>the shop needs a name: it is printed on every evidence pack</source>
        <translation>店铺需要一个名称：每份证据包上都会印上它</translation>
    </message>
    <message>
        <location filename="../../shop.py" line="45"/>
        <source>the {platform} store {store} already exists: each store of a platform needs its own name</source>
        <translation>{platform} 已有名为 {store} 的店铺：同一平台的每家店铺需要各自的名称</translation>
    </message>
    <message>
        <location filename="../../shop.py" line="49"/>
        <source>“default” is what an import calls a store it was not told the name of: choose another name for the {platform} store</source>
        <translation>“default” 是导入时未指定店铺所用的名称：请为这家 {platform} 店铺另取一个名称</translation>
    </message>
    <message>
        <location filename="../../shop.py" line="54"/>
        <source>the shop has no {platform} store called {store}</source>
        <translation>本店没有名为 {store} 的 {platform} 店铺</translation>
    </message>
    <message>
        <location filename="../../shop.py" line="57"/>
        <source>the {platform} store&apos;s name is longer than {limit} characters</source>
        <translation>这家 {platform} 店铺的名称超过了 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../shop.py" line="60"/>
        <source>the {platform} store&apos;s name holds a line break or an invisible character: type it again</source>
        <translation>这家 {platform} 店铺的名称含有换行或不可见字符：请重新输入</translation>
    </message>
    <message>
        <location filename="../../shop.py" line="64"/>
        <source>tick at least one platform you sell on: imports file orders under it</source>
        <translation>请至少勾选一个您销售的平台：导入的订单会归入它</translation>
    </message>
</context>
<context>
    <name>StationPanel</name>
    <message>
        <location filename="../../ui/shop_panels.py" line="176"/>
        <source>Check every item before the label</source>
        <translation>扫描面单前逐件核对商品</translation>
    </message>
    <message>
        <location filename="../../ui/shop_panels.py" line="180"/>
        <source>Play a sound after each good scan (mistakes always sound)</source>
        <translation>每次扫描成功后播放提示音（出错时始终会响）</translation>
    </message>
    <message>
        <location filename="../../ui/shop_panels.py" line="188"/>
        <source>With item checks on, the packer scans each item&apos;s barcode and the label is refused until the order is complete.</source>
        <translation>开启逐件核对后，打包员需扫描每件商品的条码，商品扫齐之前不接受面单。</translation>
    </message>
</context>
<context>
    <name>StationView</name>
    <message>
        <location filename="../../ui/station_view.py" line="137"/>
        <source>Check every item</source>
        <translation>逐件核对商品</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="138"/>
        <location filename="../../ui/station_view.py" line="371"/>
        <source>Start shift</source>
        <translation>开始班次</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="148"/>
        <source>Station</source>
        <translation>打包台</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="150"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="196"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="196"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="196"/>
        <location filename="../../ui/station_view.py" line="205"/>
        <source>Scanned</source>
        <translation>已扫描</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="205"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="205"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="205"/>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="232"/>
        <source>Type a code by hand and press Enter</source>
        <translation>手动输入条码后按回车</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="249"/>
        <source>Start the shift</source>
        <translation>请开始班次</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="250"/>
        <source>Choose station and operator, then Start shift.</source>
        <translation>选择打包台和操作员，然后点击“开始班次”。</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="134"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="140"/>
        <source>Command sheet…</source>
        <translation>指令条码单…</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="142"/>
        <source>Print the barcodes of the station&apos;s commands (next, cancel, parcel…)</source>
        <translation>打印打包台指令的条码（下一单、取消、加包裹…）</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="274"/>
        <source>Station commands</source>
        <translation>打包台指令</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="292"/>
        <source>Who is packing?</source>
        <translation>谁在打包？</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="293"/>
        <source>Type the operator&apos;s name, then Start shift.</source>
        <translation>请输入操作员姓名，然后点击“开始班次”。</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="319"/>
        <source>End shift</source>
        <translation>结束班次</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="320"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="320"/>
        <source>Scan an order or a label</source>
        <translation>请扫描订单或面单</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="347"/>
        <source>Station {station} · {operator} · {start}–{end} ({length})</source>
        <translation>打包台 {station} · {operator} · {start}–{end}（{length}）</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="358"/>
        <source>Order {order} was still open when the shift ended.</source>
        <translation>班次结束时订单 {order} 仍处于打开状态。</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="364"/>
        <source>Shift ended</source>
        <translation>班次已结束</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="377"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="378"/>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="406"/>
        <source>Start the shift first</source>
        <translation>请先开始班次</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="442"/>
        <source>NOT SAVED — scan again</source>
        <translation>未保存 — 请重新扫描</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="475"/>
        <source>DISPATCHED</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="476"/>
        <location filename="../../ui/station_view.py" line="517"/>
        <source>Order {order}</source>
        <translation>订单 {order}</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="477"/>
        <source>Order {order} — the last one has no label</source>
        <translation>订单 {order} — 上一单还没贴面单</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="478"/>
        <source>Already on this parcel</source>
        <translation>已在此包裹上</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="479"/>
        <source>Item OK</source>
        <translation>商品正确</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="480"/>
        <source>Order closed</source>
        <translation>订单已关闭</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="481"/>
        <source>STOP — not paid</source>
        <translation>停 — 未付款</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="482"/>
        <source>STOP — cancelled</source>
        <translation>停 — 已取消</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="483"/>
        <source>STOP — refunded</source>
        <translation>停 — 已退款</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="484"/>
        <source>STOP — already dispatched</source>
        <translation>停 — 已发过货</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="485"/>
        <source>WRONG LABEL NUMBER</source>
        <translation>面单号错误</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="486"/>
        <source>LABEL ALREADY USED</source>
        <translation>面单已被使用</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="487"/>
        <source>WRONG LABEL</source>
        <translation>面单不对</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="488"/>
        <source>WRONG CARRIER</source>
        <translation>快递公司不对</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="489"/>
        <source>Unknown label — scan again to confirm</source>
        <translation>未知面单 — 再扫一次确认</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="490"/>
        <source>NOT IN THIS ORDER</source>
        <translation>不属于此订单</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="491"/>
        <source>TOO MANY</source>
        <translation>数量超出</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="492"/>
        <source>ITEMS MISSING</source>
        <translation>商品未扫齐</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="493"/>
        <source>Unknown code</source>
        <translation>无法识别的条码</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="494"/>
        <source>Merged parcel</source>
        <translation>合并包裹</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="495"/>
        <source>Another parcel</source>
        <translation>加包裹</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="496"/>
        <source>Reprint the slip</source>
        <translation>重打装箱单</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="497"/>
        <source>SCAN THE ORDER FIRST</source>
        <translation>请先扫订单</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="512"/>
        <source>No open order</source>
        <translation>没有打开的订单</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="529"/>
        <source>{code} (typed)</source>
        <translation>{code}（手动输入）</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="541"/>
        <source>{result} · photo</source>
        <translation>{result} · 已拍照</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="543"/>
        <source>Photo kept, SHA-256 {sha256}</source>
        <translation>已保存照片，SHA-256 {sha256}</translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="561"/>
        <source>{scans} · {dispatched} · {stopped}</source>
        <translation>{scans} · {dispatched} · {stopped}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/station_view.py" line="562"/>
        <source>%n scan(s)</source>
        <translation>
            <numerusform>扫描 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/station_view.py" line="563"/>
        <source>%n parcel(s) dispatched</source>
        <translation>
            <numerusform>发出包裹 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/station_view.py" line="564"/>
        <source>%n stopped</source>
        <translation>
            <numerusform>拦截 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/station_view.py" line="573"/>
        <source>Shift since {start}: {counts}</source>
        <translation>本班次（{start} 起）：{counts}</translation>
    </message>
</context>
<context>
    <name>StoresPanel</name>
    <message>
        <location filename="../../ui/shop_panels.py" line="82"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/shop_panels.py" line="83"/>
        <source>Store name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location filename="../../ui/shop_panels.py" line="89"/>
        <source>Add a store</source>
        <translation>添加店铺</translation>
    </message>
    <message>
        <location filename="../../ui/shop_panels.py" line="117"/>
        <source>Tick each platform you sell on. Edit a store&apos;s name to rename it: its orders and their history stay with it. A store is never removed once orders belong to it.</source>
        <translation>勾选您销售的每个平台。修改店铺名称即可重命名：其订单和历史记录仍归属该店铺。店铺一旦有订单，就不会被删除。</translation>
    </message>
    <message>
        <location filename="../../ui/shop_panels.py" line="144"/>
        <source>The new store&apos;s name</source>
        <translation>新店铺的名称</translation>
    </message>
</context>
<context>
    <name>ThresholdsPanel</name>
    <message>
        <location filename="../../ui/alert_settings.py" line="16"/>
        <source>No carrier record after dispatch (h)</source>
        <translation>发货后无物流记录（小时）</translation>
    </message>
    <message>
        <location filename="../../ui/alert_settings.py" line="19"/>
        <source>Stalled, domestic (h)</source>
        <translation>物流停滞，国内（小时）</translation>
    </message>
    <message>
        <location filename="../../ui/alert_settings.py" line="20"/>
        <source>Stalled, international (h)</source>
        <translation>物流停滞，国际（小时）</translation>
    </message>
    <message>
        <location filename="../../ui/alert_settings.py" line="23"/>
        <source>Out for delivery too long (h)</source>
        <translation>派送时间过长（小时）</translation>
    </message>
    <message>
        <location filename="../../ui/alert_settings.py" line="26"/>
        <source>Dispatch deadline after payment (h)</source>
        <translation>付款后的发货期限（小时）</translation>
    </message>
    <message>
        <location filename="../../ui/alert_settings.py" line="42"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../orders/timeline.py" line="36"/>
        <source>Placed by the buyer on {platform}</source>
        <translation>买家在 {platform} 下单</translation>
    </message>
    <message>
        <location filename="../../orders/timeline.py" line="37"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../orders/timeline.py" line="39"/>
        <source>Imported from {files}</source>
        <translation>从 {files} 导入</translation>
    </message>
    <message>
        <location filename="../../orders/timeline.py" line="40"/>
        <source>Changed by an import of {files}</source>
        <translation>导入 {files} 时有改动</translation>
    </message>
    <message>
        <location filename="../../orders/timeline.py" line="41"/>
        <source>Seen unchanged in {files}</source>
        <translation>导入 {files} 时未变</translation>
    </message>
    <message>
        <location filename="../../orders/timeline.py" line="43"/>
        <source>Scanned at {station} by {operator}: {words}</source>
        <translation>{operator} 在 {station} 扫描：{words}</translation>
    </message>
    <message>
        <location filename="../../orders/timeline.py" line="44"/>
        <source>(photo taken)</source>
        <translation>（已拍照）</translation>
    </message>
    <message>
        <location filename="../../orders/timeline.py" line="45"/>
        <source>{carrier} {tracking}: {status} — {text}</source>
        <translation>{carrier} {tracking}：{status} — {text}</translation>
    </message>
    <message>
        <location filename="../../orders/timeline.py" line="46"/>
        <source>Alert: {words}</source>
        <translation>预警：{words}</translation>
    </message>
    <message>
        <location filename="../../orders/timeline.py" line="47"/>
        <source>Alert closed: {rule}</source>
        <translation>预警已解除：{rule}</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../../today.py" line="36"/>
        <source>Due today</source>
        <translation>今日须发货</translation>
    </message>
    <message>
        <location filename="../../today.py" line="37"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../today.py" line="38"/>
        <source>Awaiting dispatch</source>
        <translation>待发货</translation>
    </message>
    <message>
        <location filename="../../today.py" line="39"/>
        <source>Parcels stalled</source>
        <translation>停滞包裹</translation>
    </message>
    <message>
        <location filename="../../today.py" line="40"/>
        <source>Parcels in exception</source>
        <translation>异常包裹</translation>
    </message>
    <message>
        <location filename="../../today.py" line="41"/>
        <source>Alerts to act on</source>
        <translation>待处理预警</translation>
    </message>
    <message>
        <location filename="../../today.py" line="42"/>
        <source>Orders yesterday</source>
        <translation>昨日订单</translation>
    </message>
    <message>
        <location filename="../../today.py" line="43"/>
        <source>Dispatched yesterday</source>
        <translation>昨日发货</translation>
    </message>
    <message>
        <location filename="../../today.py" line="44"/>
        <source>Picked up yesterday</source>
        <translation>昨日揽收</translation>
    </message>
    <message>
        <location filename="../../today.py" line="46"/>
        <source>On time this week</source>
        <translation>本周准时率</translation>
    </message>
    <message>
        <location filename="../../today.py" line="47"/>
        <source>Delivered within {hours} h of dispatch</source>
        <translation>发货后 {hours} 小时内签收</translation>
    </message>
    <message>
        <location filename="../../today.py" line="48"/>
        <source>{carrier}: {rate} on time ({on_time} of {delivered})</source>
        <translation>{carrier}：准时 {rate}（{delivered} 件中 {on_time} 件）</translation>
    </message>
    <message>
        <location filename="../../today.py" line="49"/>
        <source>No parcel delivered this week yet.</source>
        <translation>本周尚无签收的包裹。</translation>
    </message>
    <message>
        <location filename="../../today.py" line="51"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../today.py" line="52"/>
        <source>Dispatched</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../today.py" line="53"/>
        <source>Delivered</source>
        <translation>已签收</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../ui/today_view.py" line="72"/>
        <source>To dispatch</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../../ui/today_view.py" line="73"/>
        <source>Parcels</source>
        <translation>包裹</translation>
    </message>
    <message>
        <location filename="../../ui/today_view.py" line="75"/>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <location filename="../../ui/today_view.py" line="254"/>
        <source>Count again</source>
        <translation>重新统计</translation>
    </message>
    <message>
        <location filename="../../ui/today_view.py" line="279"/>
        <source>Last 14 days</source>
        <translation>近 14 天</translation>
    </message>
    <message>
        <location filename="../../ui/today_view.py" line="329"/>
        <source>Today, {date}</source>
        <translation>今日，{date}</translation>
    </message>
    <message>
        <location filename="../../ui/today_view.py" line="374"/>
        <source>The numbers could not be counted: {reason}</source>
        <translation>无法统计：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/today_view.py" line="395"/>
        <source>Orders of {date}</source>
        <translation>{date} 的订单</translation>
    </message>
</context>
<context>
    <name>TrackingProblem</name>
    <message>
        <location filename="../../tracking/problems.py" line="14"/>
        <source>no answer in time</source>
        <translation>超时未收到回复</translation>
    </message>
    <message>
        <location filename="../../tracking/problems.py" line="15"/>
        <source>network error ({error}): is this computer online?</source>
        <translation>网络错误（{error}）：这台电脑联网了吗？</translation>
    </message>
    <message>
        <location filename="../../tracking/problems.py" line="18"/>
        <source>the provider asked to slow down (429)</source>
        <translation>服务商要求放慢查询速度（429）</translation>
    </message>
    <message>
        <location filename="../../tracking/problems.py" line="19"/>
        <source>the provider failed (HTTP {status})</source>
        <translation>服务商出错（HTTP {status}）</translation>
    </message>
    <message>
        <location filename="../../tracking/problems.py" line="20"/>
        <source>the answer could not be read (not JSON): {start}</source>
        <translation>无法读取回复（不是 JSON）：{start}</translation>
    </message>
    <message>
        <location filename="../../tracking/problems.py" line="23"/>
        <source>the answer was not in the provider&apos;s format</source>
        <translation>回复不是该服务商的格式</translation>
    </message>
    <message>
        <location filename="../../tracking/problems.py" line="26"/>
        <source>{provider} refused ({code}): {reason}</source>
        <translation>{provider} 拒绝了查询（{code}）：{reason}</translation>
    </message>
    <message>
        <location filename="../../tracking/problems.py" line="27"/>
        <source>{provider} refused the key ({code}): {reason}</source>
        <translation>{provider} 拒绝了密钥（{code}）：{reason}</translation>
    </message>
    <message>
        <location filename="../../tracking/problems.py" line="30"/>
        <source>Kuaidi100 needs the last 4 digits of the recipient&apos;s phone for this carrier</source>
        <translation>快递100 查询该快递公司需要收件人手机号后 4 位</translation>
    </message>
    <message>
        <location filename="../../tracking/problems.py" line="34"/>
        <source>no result yet</source>
        <translation>暂无结果</translation>
    </message>
    <message>
        <location filename="../../tracking/problems.py" line="35"/>
        <source>17TRACK could not register the number</source>
        <translation>17TRACK 无法登记该单号</translation>
    </message>
    <message>
        <location filename="../../tracking/problems.py" line="36"/>
        <source>registered with 17TRACK: tracking comes at the next refresh</source>
        <translation>已在 17TRACK 登记：下次刷新时获取物流信息</translation>
    </message>
    <message>
        <location filename="../../tracking/problems.py" line="39"/>
        <source>{provider} allows one query every {minutes} minutes: asked at {time}</source>
        <translation>{provider} 每 {minutes} 分钟只允许查询一次：上次查询于 {time}</translation>
    </message>
    <message>
        <location filename="../../tracking/problems.py" line="43"/>
        <source>{provider} has no API key: add it in the settings</source>
        <translation>{provider} 没有 API 密钥：请在设置中添加</translation>
    </message>
    <message>
        <location filename="../../tracking/problems.py" line="46"/>
        <source>{provider}&apos;s daily allowance is used up: asked again tomorrow</source>
        <translation>{provider} 今日查询额度已用完：明天再查</translation>
    </message>
    <message>
        <location filename="../../tracking/problems.py" line="49"/>
        <source>the key works</source>
        <translation>密钥可用</translation>
    </message>
    <message>
        <location filename="../../tracking/problems.py" line="51"/>
        <source>{reason} ({message})</source>
        <translation>{reason}（{message}）</translation>
    </message>
    <message>
        <location filename="../../tracking/problems.py" line="55"/>
        <source>this IP address is not allowed</source>
        <translation>此 IP 地址不被允许</translation>
    </message>
    <message>
        <location filename="../../tracking/problems.py" line="56"/>
        <source>invalid key</source>
        <translation>密钥无效</translation>
    </message>
    <message>
        <location filename="../../tracking/problems.py" line="57"/>
        <source>account disabled</source>
        <translation>账户已停用</translation>
    </message>
    <message>
        <location filename="../../tracking/problems.py" line="58"/>
        <source>unauthorized</source>
        <translation>未授权</translation>
    </message>
    <message>
        <location filename="../../tracking/problems.py" line="59"/>
        <source>daily limit reached</source>
        <translation>已达每日上限</translation>
    </message>
    <message>
        <location filename="../../tracking/problems.py" line="60"/>
        <source>quota used up</source>
        <translation>额度已用完</translation>
    </message>
    <message>
        <location filename="../../tracking/problems.py" line="61"/>
        <source>bad request or no quota</source>
        <translation>请求有误或无额度</translation>
    </message>
    <message>
        <location filename="../../tracking/problems.py" line="62"/>
        <source>bad signature: check the key</source>
        <translation>签名错误：请检查密钥</translation>
    </message>
    <message>
        <location filename="../../tracking/problems.py" line="63"/>
        <source>key expired or quota used up</source>
        <translation>密钥已过期或额度已用完</translation>
    </message>
</context>
<context>
    <name>TrackingView</name>
    <message>
        <location filename="../../ui/models/parcels.py" line="31"/>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="32"/>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="33"/>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="34"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="35"/>
        <source>Carrier says</source>
        <translation>快递公司状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="36"/>
        <source>Last event</source>
        <translation>最新动态</translation>
    </message>
    <message>
        <location filename="../../ui/models/parcels.py" line="37"/>
        <source>Age</source>
        <translation>距今</translation>
    </message>
    <message>
        <location filename="../../ui/tracking_view.py" line="71"/>
        <source>Tracking number or order id</source>
        <translation>运单号或订单号</translation>
    </message>
    <message>
        <location filename="../../ui/tracking_view.py" line="74"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/tracking_view.py" line="78"/>
        <source>All carriers</source>
        <translation>全部快递公司</translation>
    </message>
    <message>
        <location filename="../../ui/tracking_view.py" line="82"/>
        <source>Only stalled</source>
        <translation>仅看停滞的</translation>
    </message>
    <message>
        <location filename="../../ui/tracking_view.py" line="83"/>
        <source>Parcels the carrier has said nothing about for too long</source>
        <translation>快递公司长时间没有更新的包裹</translation>
    </message>
    <message>
        <location filename="../../ui/tracking_view.py" line="84"/>
        <source>Refresh now</source>
        <translation>立即刷新</translation>
    </message>
    <message>
        <location filename="../../ui/tracking_view.py" line="85"/>
        <source>Evidence pack…</source>
        <translation>证据包…</translation>
    </message>
    <message>
        <location filename="../../ui/tracking_view.py" line="86"/>
        <source>Dispute evidence for the selected parcels</source>
        <translation>所选包裹的纠纷证据</translation>
    </message>
    <message>
        <location filename="../../ui/tracking_view.py" line="87"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/tracking_view.py" line="139"/>
        <location filename="../../ui/tracking_view.py" line="257"/>
        <source>No tracking provider has an API key yet: add one in the settings.</source>
        <translation>还没有为任何物流查询服务设置 API 密钥：请在设置中添加。</translation>
    </message>
    <message>
        <location filename="../../ui/tracking_view.py" line="247"/>
        <source>No carrier event yet.</source>
        <translation>快递公司还没有物流记录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tracking_view.py" line="309"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tracking_view.py" line="313"/>
        <source>Checked {checked}, {new} new events, {problems} at {time}</source>
        <translation>已查询 {checked} 件，新增 {new} 条轨迹，{problems}，{time}</translation>
    </message>
    <message>
        <location filename="../../ui/tracking_view.py" line="333"/>
        <source>Refresh failed: {message}</source>
        <translation>刷新失败：{message}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="40"/>
        <source>Welcome to ShipProof</source>
        <translation>欢迎使用 ShipProof</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="42"/>
        <source>A few questions and the shop is ready. Everything can be changed later.</source>
        <translation>回答几个问题，店铺就准备好了。所有设置以后都可以修改。</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="52"/>
        <source>Set up my shop</source>
        <translation>设置我的店铺</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="56"/>
        <source>Open the demo shop (invented orders, kept apart from your own shop)</source>
        <translation>打开演示店铺（虚构的订单，与您自己的店铺分开保存）</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="63"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
</TS>
