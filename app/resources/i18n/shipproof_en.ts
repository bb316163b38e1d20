<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>EvidenceDialog</name>
    <message numerus="yes">
        <location filename="../../ui/evidence_dialog.py" line="96"/>
        <source>Evidence packs — %n order(s)</source>
        <translation>
            <numerusform>Evidence packs — %n order</numerusform>
            <numerusform>Evidence packs — %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evidence_dialog.py" line="277"/>
        <source>%n page(s). {integrity}</source>
        <translation>
            <numerusform>%n page. {integrity}</numerusform>
            <numerusform>%n pages. {integrity}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/evidence_dialog.py" line="315"/>
        <source>%n pack(s) written to {folder}. {integrity}</source>
        <translation>
            <numerusform>%n pack written to {folder}. {integrity}</numerusform>
            <numerusform>%n packs written to {folder}. {integrity}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message numerus="yes">
        <location filename="../../ui/orders_view.py" line="227"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/orders_view.py" line="299"/>
        <source>%n order(s) written to {file}</source>
        <translation>
            <numerusform>%n order written to {file}</numerusform>
            <numerusform>%n orders written to {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/orders_view.py" line="334"/>
        <source>Packing slips — %n order(s)</source>
        <translation>
            <numerusform>Packing slips — %n order</numerusform>
            <numerusform>Packing slips — %n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message numerus="yes">
        <location filename="../../ui/paper_dialog.py" line="89"/>
        <source>%n slip(s) a sheet</source>
        <translation>
            <numerusform>%n slip a sheet</numerusform>
            <numerusform>%n slips a sheet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/paper_dialog.py" line="173"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceView</name>
    <message numerus="yes">
        <location filename="../../ui/service_view.py" line="121"/>
        <source>More than %n orders: add more words</source>
        <translation>
            <numerusform>More than %n order: add more words</numerusform>
            <numerusform>More than %n orders: add more words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_view.py" line="123"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StationView</name>
    <message numerus="yes">
        <location filename="../../ui/station_view.py" line="562"/>
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n scan</numerusform>
            <numerusform>%n scans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/station_view.py" line="563"/>
        <source>%n parcel(s) dispatched</source>
        <translation>
            <numerusform>%n parcel dispatched</numerusform>
            <numerusform>%n parcels dispatched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/station_view.py" line="564"/>
        <source>%n stopped</source>
        <translation>
            <numerusform>%n stopped</numerusform>
            <numerusform>%n stopped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackingView</name>
    <message numerus="yes">
        <location filename="../../ui/tracking_view.py" line="309"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
</TS>
