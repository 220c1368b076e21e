<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="51"/>
        <source>Backups</source>
        <translation>การสำรองข้อมูล</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="52"/>
        <source>This database is on the server %1. Its backups are made on the server by the office's IT person; this app does not copy a server database. To keep a copy of the data yourself, export the lists or reports to Excel.</source>
        <translation>ฐานข้อมูลนี้อยู่บนเซิร์ฟเวอร์ %1 การสำรองข้อมูลทำบนเซิร์ฟเวอร์โดยเจ้าหน้าที่ไอทีของสำนักงาน โปรแกรมนี้ไม่คัดลอกฐานข้อมูลบนเซิร์ฟเวอร์ หากต้องการเก็บสำเนาข้อมูลไว้เอง ให้ส่งออกรายการหรือรายงานเป็น Excel</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="115"/>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="127"/>
        <source>Backing up… you can go on working.</source>
        <translation>กำลังสำรองข้อมูล… ทำงานต่อได้ตามปกติ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="123"/>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="210"/>
        <source>Backup</source>
        <translation>สำรองข้อมูล</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="139"/>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="150"/>
        <source>Restore from backup</source>
        <translation>กู้คืนจากข้อมูลสำรอง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="147"/>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="175"/>
        <source>Cannot restore</source>
        <translation>ไม่สามารถกู้คืนได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="151"/>
        <source>Replace the open database with this backup? The current file is kept as a copy beside it.</source>
        <translation>ต้องการแทนที่ฐานข้อมูลที่เปิดอยู่ด้วยข้อมูลสำรองนี้หรือไม่? แฟ้มปัจจุบันจะถูกเก็บเป็นสำเนาไว้ในโฟลเดอร์เดียวกัน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="177"/>
        <source>Restored. The previous file is kept as %1</source>
        <translation>กู้คืนเรียบร้อยแล้ว แฟ้มเดิมถูกเก็บไว้เป็น %1</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="178"/>
        <source>Restored.</source>
        <translation>กู้คืนเรียบร้อยแล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="180"/>
        <source>%1 attached files were in neither the backup nor the attachments folder.</source>
        <translation>แฟ้มแนบ %1 แฟ้มไม่มีทั้งในข้อมูลสำรองและในโฟลเดอร์แฟ้มแนบ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="196"/>
        <source>Backup saved to %1</source>
        <translation>บันทึกข้อมูลสำรองไว้ที่ %1 แล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="198"/>
        <source>(the database that was there is kept as %1)</source>
        <translation>(ฐานข้อมูลที่อยู่ที่นั่นเดิมถูกเก็บไว้เป็น %1)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="200"/>
        <source>A damaged backup was found and moved to %1: %2</source>
        <translation>พบข้อมูลสำรองที่เสียหายและได้ย้ายไปไว้ที่ %1: %2</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="204"/>
        <source>%1 attached files were left out: another program changed them after they were attached. Attach the original files again.</source>
        <translation>ไม่ได้สำรองแฟ้มแนบ %1 แฟ้ม เพราะมีโปรแกรมอื่นแก้ไขแฟ้มเหล่านั้นหลังจากแนบไว้ กรุณาแนบแฟ้มต้นฉบับอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="221"/>
        <source>Backup failed</source>
        <translation>สำรองข้อมูลไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="223"/>
        <source>The automatic backup failed: %1</source>
        <translation>การสำรองข้อมูลอัตโนมัติไม่สำเร็จ: %1</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="62"/>
        <source>Active partners</source>
        <translation>คู่ความร่วมมือที่ดำเนินการอยู่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="63"/>
        <source>Cities</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="64"/>
        <source>Organisations</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="65"/>
        <source>Active agreements</source>
        <translation>ความตกลงที่มีผลอยู่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="66"/>
        <source>Ongoing projects</source>
        <translation>โครงการที่กำลังดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="67"/>
        <source>Activities</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="120"/>
        <source>Sample data</source>
        <translation>ข้อมูลตัวอย่าง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="128"/>
        <source>Agreements expiring within 180 days</source>
        <translation>ความตกลงที่จะหมดอายุภายใน 180 วัน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="129"/>
        <source>Partners without activity for 3 years</source>
        <translation>คู่ความร่วมมือที่ไม่มีกิจกรรมมา 3 ปี</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="134"/>
        <source>Agreement</source>
        <translation>ความตกลง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="134"/>
        <source>Expires</source>
        <translation>วันหมดอายุ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="134"/>
        <source>Days left</source>
        <translation>จำนวนวันที่เหลือ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="144"/>
        <source>Partner</source>
        <translation>คู่ความร่วมมือ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="144"/>
        <source>Last activity</source>
        <translation>กิจกรรมล่าสุด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="148"/>
        <source>never</source>
        <translation>ยังไม่มี</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="166"/>
        <source>Agreements signed per year</source>
        <translation>จำนวนความตกลงที่ลงนามในแต่ละปี</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="173"/>
        <source>Partners by region</source>
        <translation>คู่ความร่วมมือจำแนกตามภูมิภาค</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="179"/>
        <source>Projects by sector</source>
        <translation>โครงการจำแนกตามสาขา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="184"/>
        <source>Projects by SDG</source>
        <translation>โครงการจำแนกตามเป้าหมาย SDG</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="190"/>
        <source>No data yet</source>
        <translation>ยังไม่มีข้อมูล</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../bkk_relations/ui/widgets.py" line="93"/>
        <source>dd/mm/yyyy (B.E.), mm/yyyy or yyyy</source>
        <translation>วว/ดด/ปปปป (พ.ศ.), ดด/ปปปป หรือ ปปปป</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/widgets.py" line="94"/>
        <source>dd/mm/yyyy, mm/yyyy or yyyy</source>
        <translation>วว/ดด/ปปปป, ดด/ปปปป หรือ ปปปป</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/widgets.py" line="98"/>
        <source>Pick a date from a calendar</source>
        <translation>เลือกวันที่จากปฏิทิน</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="87"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>ยกเลิกแล้ว ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="125"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="127"/>
        <source>Please wait</source>
        <translation>กรุณารอสักครู่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="152"/>
        <source>Export failed</source>
        <translation>ส่งออกไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="158"/>
        <source>Exported %1 rows to %2</source>
        <translation>ส่งออก %1 แถวไปยัง %2 แล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="166"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>เวิร์กบุ๊ก Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="167"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV แบบ UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="201"/>
        <source>Export list</source>
        <translation>ส่งออกรายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="208"/>
        <source>Exporting…</source>
        <translation>กำลังส่งออก…</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="82"/>
        <source>Choose the file</source>
        <translation>เลือกแฟ้ม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="83"/>
        <source>An Excel workbook (.xlsx) or a CSV file, in English or Thai.</source>
        <translation>เวิร์กบุ๊ก Excel (.xlsx) หรือแฟ้ม CSV ที่เป็นภาษาอังกฤษหรือภาษาไทย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="92"/>
        <source>Browse…</source>
        <translation>เรียกดู…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="99"/>
        <source>&amp;Records to import</source>
        <translation>รายการที่จะนำเข้า (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="100"/>
        <source>&amp;File</source>
        <translation>แฟ้ม (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="107"/>
        <source>Import from</source>
        <translation>นำเข้าจาก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="108"/>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>สเปรดชีต (*.xlsx *.csv);;แฟ้มทั้งหมด (*)</translation>
    </message>
</context>
<context>
    <name>GraphPage</name>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="98"/>
        <source>PNG picture</source>
        <translation>ภาพ PNG</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="99"/>
        <source>SVG picture</source>
        <translation>ภาพ SVG</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="100"/>
        <source>PDF document</source>
        <translation>เอกสาร PDF</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="101"/>
        <source>GraphML (Gephi, yEd)</source>
        <translation>GraphML (Gephi, yEd)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="102"/>
        <source>GEXF (Gephi)</source>
        <translation>GEXF (Gephi)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="103"/>
        <source>Excel workbook</source>
        <translation>เวิร์กบุ๊ก Excel</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="215"/>
        <source>Projects</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="216"/>
        <source>Units</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="217"/>
        <source>Partners without ties</source>
        <translation>คู่ความร่วมมือที่ไม่มีความสัมพันธ์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="222"/>
        <source>depth </source>
        <translation>ความลึก </translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="224"/>
        <source>Focus on selected</source>
        <translation>เน้นเฉพาะที่เลือก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="225"/>
        <source>Show only the selected node and its neighbours</source>
        <translation>แสดงเฉพาะโหนดที่เลือกและโหนดข้างเคียง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="227"/>
        <source>Show all</source>
        <translation>แสดงทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="229"/>
        <source>Fit</source>
        <translation>พอดีหน้าจอ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="230"/>
        <source>Show the whole graph (pan: drag the background; zoom: mouse wheel)</source>
        <translation>แสดงแผนภาพเครือข่ายทั้งหมด (เลื่อน: ลากพื้นหลัง ย่อ/ขยาย: หมุนล้อเมาส์)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="232"/>
        <source>Reset positions</source>
        <translation>รีเซ็ตตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="233"/>
        <source>Forget the positions dragged in this view</source>
        <translation>ล้างตำแหน่งที่ลากย้ายไว้ในมุมมองนี้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="241"/>
        <source>Resolution of PNG pictures</source>
        <translation>ความละเอียดของภาพ PNG</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="243"/>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="253"/>
        <source>any</source>
        <translation>ไม่ระบุ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="268"/>
        <source>Kind</source>
        <translation>ลักษณะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="268"/>
        <source>Region</source>
        <translation>ภูมิภาค</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="269"/>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="269"/>
        <source>Sector</source>
        <translation>สาขา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="270"/>
        <source>SDG</source>
        <translation>เป้าหมาย SDG</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="270"/>
        <source>Agreement type</source>
        <translation>ประเภทความตกลง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="271"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="279"/>
        <source>As of year</source>
        <translation>ณ ปี</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="281"/>
        <source>Only ties that existed in the chosen year</source>
        <translation>แสดงเฉพาะความสัมพันธ์ที่มีอยู่ในปีที่เลือก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="290"/>
        <location filename="../../bkk_relations/ui/graph_view.py" line="546"/>
        <source>Play</source>
        <translation>เล่น</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="293"/>
        <source>Play the network through the years</source>
        <translation>แสดงความเปลี่ยนแปลงของเครือข่ายไล่ตามลำดับปี</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="341"/>
        <source>Key partners</source>
        <translation>คู่ความร่วมมือสำคัญ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="343"/>
        <source>ranked by</source>
        <translation>จัดอันดับตาม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="362"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="369"/>
        <source>Layout</source>
        <translation>รูปแบบการจัดวาง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="370"/>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="371"/>
        <source>Colour</source>
        <translation>สี</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="429"/>
        <source>Reading the data…</source>
        <translation>กำลังอ่านข้อมูล…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="475"/>
        <source>Laying out the graph…</source>
        <translation>กำลังจัดวางแผนภาพเครือข่าย…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="481"/>
        <source>Cancelled.</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="521"/>
        <source>Measuring the network…</source>
        <translation>กำลังคำนวณค่าชี้วัดเครือข่าย…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="543"/>
        <source>Pause</source>
        <translation>หยุดชั่วคราว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="591"/>
        <source>exact</source>
        <translation>ค่าแม่นตรง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="592"/>
        <source>approximate, %1 sampled sources</source>
        <translation>ค่าประมาณจากโหนดต้นทางที่สุ่มตัวอย่าง %1 โหนด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="594"/>
        <source>%1 nodes, %2 links · components: %3 · communities: %4 (modularity %5) · betweenness: %6</source>
        <translation>%1 โหนด %2 เส้นเชื่อม · ส่วนประกอบเชื่อมโยง: %3 · กลุ่มย่อย: %4 (ค่ามอดูลาริตี %5) · ความเป็นสื่อกลาง: %6</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="599"/>
        <source>Click a node to open its record, double-click to edit it, drag to move it; hover for its ties.</source>
        <translation>คลิกโหนดเพื่อเปิดรายการ ดับเบิลคลิกเพื่อแก้ไข ลากเพื่อย้ายตำแหน่ง วางเมาส์เหนือโหนดเพื่อดูความสัมพันธ์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="608"/>
        <source>%1: international relations network</source>
        <translation>%1: เครือข่ายความสัมพันธ์ระหว่างประเทศ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="611"/>
        <source>as of %1</source>
        <translation>ณ ปี %1</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="613"/>
        <source>around %1</source>
        <translation>โดยมี %1 เป็นศูนย์กลาง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="678"/>
        <source>%1 and %2 others are not linked to the home city at all</source>
        <translation>%1 และอีก %2 รายไม่มีเส้นเชื่อมถึงเมืองที่ตั้งเลย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="680"/>
        <source>%1 is not linked to the home city at all</source>
        <translation>%1 ไม่มีเส้นเชื่อมถึงเมืองที่ตั้งเลย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="682"/>
        <source>%1 is the only link to %2 partners</source>
        <translation>%1 เป็นจุดเชื่อมเพียงจุดเดียวที่เชื่อมถึงคู่ความร่วมมือ %2 ราย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="687"/>
        <source>%1 hangs on one link to %2 (%3)</source>
        <translation>%1 เชื่อมถึงเครือข่ายผ่านเส้นเชื่อมเพียงเส้นเดียวกับ %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="690"/>
        <source>with %1 others behind it</source>
        <translation>โดยมีอีก %1 รายที่ต้องพึ่งพาเส้นเชื่อมนี้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="696"/>
        <source>Weak points</source>
        <translation>จุดเปราะบาง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="770"/>
        <source>Export the graph</source>
        <translation>ส่งออกแผนภาพเครือข่าย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="788"/>
        <source>Export failed</source>
        <translation>ส่งออกไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="792"/>
        <source>Saved %1</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="301"/>
        <source>Row</source>
        <translation>แถว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="302"/>
        <source>Record</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="303"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="304"/>
        <source>Action</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="305"/>
        <source>Existing record</source>
        <translation>รายการที่มีอยู่เดิม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="306"/>
        <source>Problems</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="359"/>
        <source>New</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="360"/>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="367"/>
        <source>Update existing</source>
        <translation>ปรับปรุงรายการเดิม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="361"/>
        <source>Possible duplicate</source>
        <translation>อาจซ้ำกับรายการเดิม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="362"/>
        <source>Empty (skipped)</source>
        <translation>ว่าง (ข้าม)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="366"/>
        <source>Create new</source>
        <translation>สร้างรายการใหม่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="368"/>
        <source>Skip</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="579"/>
        <source>Import from Excel or CSV</source>
        <translation>นำเข้าจาก Excel หรือ CSV</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="635"/>
        <source>Undo last import</source>
        <translation>เลิกทำการนำเข้าครั้งล่าสุด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="638"/>
        <source>There is no import to undo.</source>
        <translation>ไม่มีการนำเข้าที่สามารถเลิกทำได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="640"/>
        <source>Undo the import of %1 (%2 created, %3 updated) made %4 by %5?</source>
        <translation>ต้องการเลิกทำการนำเข้า%1 (สร้างใหม่ %2 รายการ ปรับปรุง %3 รายการ) ที่ทำเมื่อ %4 โดย %5 หรือไม่?</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="651"/>
        <source>Undoing the import…</source>
        <translation>กำลังเลิกทำการนำเข้า…</translation>
    </message>
</context>
<context>
    <name>KeyPartnersModel</name>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="125"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="125"/>
        <source>Kind</source>
        <translation>ลักษณะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="125"/>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="125"/>
        <source>Ties</source>
        <translation>ความสัมพันธ์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="126"/>
        <source>Weighted</source>
        <translation>ถ่วงน้ำหนัก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="126"/>
        <source>Betweenness</source>
        <translation>ความเป็นสื่อกลาง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="126"/>
        <source>Eigenvector</source>
        <translation>ไอเกนเวกเตอร์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="127"/>
        <source>Community</source>
        <translation>กลุ่มย่อย</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="74"/>
        <source>Filter this list (English or Thai)…</source>
        <translation>กรองรายการ (ภาษาอังกฤษหรือภาษาไทย)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="89"/>
        <source>Years</source>
        <translation>ปี</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="122"/>
        <source>Click to sort; right-click to choose columns</source>
        <translation>คลิกเพื่อเรียงลำดับ คลิกขวาเพื่อเลือกคอลัมน์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="149"/>
        <source>any</source>
        <translation>ไม่ระบุ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="150"/>
        <source>Year, in the calendar chosen in Settings</source>
        <translation>ปีตามศักราชที่เลือกไว้ในการตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="160"/>
        <source>All kinds</source>
        <translation>ทุกลักษณะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="160"/>
        <source>All statuses</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="161"/>
        <source>All regions</source>
        <translation>ทุกภูมิภาค</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="161"/>
        <source>All types</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="162"/>
        <source>All sectors</source>
        <translation>ทุกสาขา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="162"/>
        <source>All SDGs</source>
        <translation>ทุกเป้าหมาย SDG</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="163"/>
        <source>All countries</source>
        <translation>ทุกประเทศ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="225"/>
        <source>%1 of %2 shown</source>
        <translation>แสดง %1 จาก %2 รายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="314"/>
        <source>Cannot open the attachment</source>
        <translation>ไม่สามารถเปิดไฟล์แนบได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="326"/>
        <source>Remove the attachment</source>
        <translation>นำไฟล์แนบออก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="327"/>
        <source>Remove '%1' from this record? Its file is deleted unless another record uses it; the record's history keeps a note of it.</source>
        <translation>นำ '%1' ออกจากรายการนี้หรือไม่ ไฟล์จะถูกลบ เว้นแต่รายการอื่นยังใช้อยู่ ประวัติของรายการจะบันทึกไว้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="333"/>
        <source>Cannot remove the attachment</source>
        <translation>นำไฟล์แนบออกไม่ได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="341"/>
        <source>Choose a record to see its details.</source>
        <translation>เลือกรายการเพื่อดูรายละเอียด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="372"/>
        <source>Effective from</source>
        <translation>มีผลตั้งแต่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="376"/>
        <source>Sectors</source>
        <translation>สาขา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="376"/>
        <source>SDGs</source>
        <translation>SDGs</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="377"/>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="387"/>
        <source>Website</source>
        <translation>เว็บไซต์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="387"/>
        <source>Signatories</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="388"/>
        <source>Renewal terms</source>
        <translation>เงื่อนไขการต่ออายุ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="389"/>
        <source>Funding source</source>
        <translation>แหล่งงบประมาณ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="390"/>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="390"/>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="391"/>
        <source>Outcomes</source>
        <translation>ผลการดำเนินงาน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="391"/>
        <source>Source</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="398"/>
        <source>Linked records</source>
        <translation>รายการที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="415"/>
        <source>Attachments</source>
        <translation>ไฟล์แนบ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="417"/>
        <source>remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="427"/>
        <source>History</source>
        <translation>ประวัติการแก้ไข</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="429"/>
        <source>created</source>
        <translation>สร้างรายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="429"/>
        <source>changed</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="430"/>
        <source>moved to the trash</source>
        <translation>ย้ายไปยังถังขยะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="430"/>
        <source>restored</source>
        <translation>กู้คืน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="431"/>
        <source>file attached</source>
        <translation>แนบไฟล์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="432"/>
        <source>attachment removed</source>
        <translation>นำไฟล์แนบออก</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="134"/>
        <source>Dashboard</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="147"/>
        <source>Graph</source>
        <translation>แผนภาพเครือข่าย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="151"/>
        <source>Trash</source>
        <translation>ถังขยะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="153"/>
        <source>Search results</source>
        <translation>ผลการค้นหา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="168"/>
        <source>Read-only</source>
        <translation>อ่านอย่างเดียว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="173"/>
        <source>Network drive</source>
        <translation>ไดรฟ์เครือข่าย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="217"/>
        <location filename="../../bkk_relations/ui/main_window.py" line="435"/>
        <source> (read-only)</source>
        <translation> (อ่านอย่างเดียว)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="231"/>
        <source>Your login may only read this database: you can look, search, see the graph and export, but not change anything.</source>
        <translation>บัญชีผู้ใช้ของคุณอ่านฐานข้อมูลนี้ได้อย่างเดียว: ดู ค้นหา ดูแผนภาพเครือข่าย และส่งออกได้ แต่แก้ไขข้อมูลไม่ได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="233"/>
        <source>This file is read-only: you can look, search, see the graph and export, but not change anything.</source>
        <translation>แฟ้มนี้เปิดแบบอ่านอย่างเดียว: ดู ค้นหา ดูแผนภาพเครือข่าย และส่งออกได้ แต่แก้ไขข้อมูลไม่ได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="235"/>
        <source>The server's backups are made on the server by the office's IT person</source>
        <translation>การสำรองข้อมูลของเซิร์ฟเวอร์ทำบนเซิร์ฟเวอร์โดยเจ้าหน้าที่ไอทีของสำนักงาน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="255"/>
        <source>This file is on a network drive (%1). Two people editing it at the same time can lose changes or damage it there: keep the register on your own disk, or use the office's shared server.</source>
        <translation>แฟ้มนี้อยู่บนไดรฟ์เครือข่าย (%1) หากมีสองคนแก้ไขพร้อมกันบนไดรฟ์นี้ อาจทำให้การเปลี่ยนแปลงสูญหายหรือแฟ้มเสียหายได้ ควรเก็บทะเบียนไว้ในดิสก์ของเครื่องคุณเอง หรือใช้เซิร์ฟเวอร์กลางของสำนักงาน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="291"/>
        <source>&amp;New database…</source>
        <translation>ฐานข้อมูลใหม่ (&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="292"/>
        <source>&amp;Open…</source>
        <translation>เปิด (&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="294"/>
        <source>&amp;Connect to server…</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์ (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="295"/>
        <source>Open the office's shared database on its PostgreSQL server</source>
        <translation>เปิดฐานข้อมูลกลางของสำนักงานบนเซิร์ฟเวอร์ PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="297"/>
        <source>Add a checked backup to the backups folder beside the database; it is kept until you delete it</source>
        <translation>สร้างข้อมูลสำรองที่ผ่านการตรวจสอบแล้วไว้ในโฟลเดอร์สำรองข้อมูลข้างแฟ้มฐานข้อมูล และเก็บไว้จนกว่าคุณจะลบเอง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="301"/>
        <source>Save a verified copy of the database</source>
        <translation>บันทึกสำเนาฐานข้อมูลที่ผ่านการตรวจสอบแล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="302"/>
        <source>Res&amp;tore from backup…</source>
        <translation>กู้คืนจากข้อมูลสำรอง (&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="303"/>
        <source>E&amp;xport this list…</source>
        <translation>ส่งออกรายการนี้ (&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="305"/>
        <source>Save the list as shown (filters, sort, columns) to Excel or CSV</source>
        <translation>บันทึกรายการตามที่แสดงอยู่ (ตัวกรอง การเรียงลำดับ คอลัมน์) เป็น Excel หรือ CSV</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="307"/>
        <source>&amp;Reports…</source>
        <translation>รายงาน (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="308"/>
        <source>Partner list, agreement register, project portfolio, activity log, partner profile</source>
        <translation>รายชื่อคู่ความร่วมมือ ทะเบียนความตกลง ประมวลโครงการ บันทึกกิจกรรม โปรไฟล์คู่ความร่วมมือ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="310"/>
        <source>&amp;Import from Excel or CSV…</source>
        <translation>นำเข้าจาก Excel หรือ CSV (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="312"/>
        <source>U&amp;ndo last import…</source>
        <translation>เลิกทำการนำเข้าครั้งล่าสุด (&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="313"/>
        <source>&amp;Attach file…</source>
        <translation>แนบไฟล์ (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="314"/>
        <source>Attach a file (scan, report, photo) to the selected record</source>
        <translation>แนบไฟล์ (ภาพสแกน รายงาน ภาพถ่าย) กับรายการที่เลือก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="316"/>
        <source>&amp;Settings…</source>
        <translation>การตั้งค่า (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="318"/>
        <source>E&amp;xit</source>
        <translation>ออกจากโปรแกรม (&amp;X)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="319"/>
        <source>&amp;File</source>
        <translation>แฟ้ม (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="323"/>
        <source>Open &amp;recent</source>
        <translation>เปิดแฟ้มล่าสุด (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="337"/>
        <source>&amp;New record…</source>
        <translation>เพิ่มรายการใหม่ (&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="338"/>
        <source>Add a record to this list (Ctrl+N)</source>
        <translation>เพิ่มรายการใหม่ในหน้านี้ (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="339"/>
        <source>&amp;Edit record…</source>
        <translation>แก้ไขรายการ (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="340"/>
        <source>Edit the selected record (Ctrl+E or Enter)</source>
        <translation>แก้ไขรายการที่เลือก (Ctrl+E หรือ Enter)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="341"/>
        <source>&amp;Delete</source>
        <translation>ลบ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="343"/>
        <source>Move the selected record to the trash (Del)</source>
        <translation>ย้ายรายการที่เลือกไปยังถังขยะ (Del)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="344"/>
        <source>&amp;Undo delete</source>
        <translation>เลิกทำการลบ (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="346"/>
        <source>Bring back the record just deleted (Ctrl+Z)</source>
        <translation>นำรายการที่เพิ่งลบกลับคืนมา (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="348"/>
        <source>&amp;Find…</source>
        <translation>ค้นหา (&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="349"/>
        <source>Search every record (Ctrl+F)</source>
        <translation>ค้นหาจากทุกรายการ (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="350"/>
        <source>&amp;Edit</source>
        <translation>แก้ไข (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="355"/>
        <source>&amp;Refresh</source>
        <translation>รีเฟรช (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="357"/>
        <source>Read the data again (F5)</source>
        <translation>โหลดข้อมูลใหม่อีกครั้ง (F5)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="358"/>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="366"/>
        <source>&amp;Help</source>
        <translation>วิธีใช้ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="367"/>
        <source>&amp;About</source>
        <translation>เกี่ยวกับ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="378"/>
        <source>Main</source>
        <translation>แถบเครื่องมือหลัก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="387"/>
        <source>Search everything (Ctrl+F)…</source>
        <translation>ค้นหาทั้งหมด (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="388"/>
        <source>Type at least three letters, Thai or English; Enter opens the first result</source>
        <translation>พิมพ์อย่างน้อยสามตัวอักษร (ภาษาไทยหรือภาษาอังกฤษ) กด Enter เพื่อเปิดผลลัพธ์แรก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="429"/>
        <source>Updated with changes saved by another user.</source>
        <translation>ปรับปรุงข้อมูลตามการแก้ไขที่ผู้ใช้อื่นบันทึกไว้แล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="448"/>
        <source>That record is in the Trash; restore it to use it again.</source>
        <translation>รายการนี้อยู่ในถังขยะ กู้คืนก่อนจึงจะใช้งานได้อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="450"/>
        <source>That record is no longer available.</source>
        <translation>ไม่พบรายการดังกล่าวแล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="472"/>
        <source>Cannot open the record</source>
        <translation>ไม่สามารถเปิดรายการได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="496"/>
        <source>Saved.</source>
        <translation>บันทึกเรียบร้อยแล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="508"/>
        <location filename="../../bkk_relations/ui/main_window.py" line="515"/>
        <source>Cannot delete</source>
        <translation>ไม่สามารถลบได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="547"/>
        <source>Cannot restore</source>
        <translation>ไม่สามารถกู้คืนได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="559"/>
        <source>%1 failed.</source>
        <translation>%1 ไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="560"/>
        <source>Details were written to %1.</source>
        <translation>บันทึกรายละเอียดไว้ที่ %1</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="564"/>
        <source>Something went wrong</source>
        <translation>เกิดข้อผิดพลาด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="593"/>
        <source>bkk_relations databases (*.db *.sqlite);;All files (*)</source>
        <translation>ฐานข้อมูล bkk_relations (*.db *.sqlite);;แฟ้มทั้งหมด (*)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="596"/>
        <source>Open database</source>
        <translation>เปิดฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="602"/>
        <source>New database</source>
        <translation>สร้างฐานข้อมูลใหม่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="610"/>
        <source>Cannot create the file</source>
        <translation>ไม่สามารถสร้างแฟ้มได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="651"/>
        <source>Cannot open the file</source>
        <translation>ไม่สามารถเปิดแฟ้มได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="697"/>
        <source>Attach files</source>
        <translation>แนบไฟล์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="706"/>
        <source>Cannot attach</source>
        <translation>ไม่สามารถแนบไฟล์ได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="713"/>
        <source>Attached under another name</source>
        <translation>แนบไฟล์ด้วยชื่ออื่น</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="714"/>
        <source>These files were attached under a name every computer can save (short enough, without characters Windows does not allow):</source>
        <translation>ไฟล์เหล่านี้ถูกแนบด้วยชื่อที่คอมพิวเตอร์ทุกเครื่องบันทึกได้ (ยาวไม่เกินกำหนด และไม่มีอักขระที่ Windows ไม่อนุญาต):</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="736"/>
        <source>The import was undone.</source>
        <translation>เลิกทำการนำเข้าเรียบร้อยแล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="296"/>
        <source>&amp;Backup now</source>
        <translation>สำรองข้อมูลทันที (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="300"/>
        <source>Save a backup &amp;as…</source>
        <translation>บันทึกข้อมูลสำรองเป็น (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="521"/>
        <source>“%1” moved to the Trash. Press Ctrl+Z to undo.</source>
        <translation>ย้าย “%1” ไปยังถังขยะแล้ว กด Ctrl+Z เพื่อเลิกทำ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="527"/>
        <source>Move to the Trash</source>
        <translation>ย้ายไปยังถังขยะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="532"/>
        <source>Move “%1” to the Trash anyway? Those records keep their link to it, shown as “%2”, and Ctrl+Z brings it back.</source>
        <translation>ยืนยันย้าย “%1” ไปยังถังขยะหรือไม่ รายการเหล่านั้นยังคงเชื่อมโยงอยู่ โดยแสดงเป็น “%2” และกด Ctrl+Z เพื่อนำกลับมาได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="535"/>
        <source>&amp;Move to the Trash</source>
        <translation>ย้ายไปยังถังขยะ (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="751"/>
        <source>About bkk_relations</source>
        <translation>เกี่ยวกับ bkk_relations</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="752"/>
        <source>&lt;b&gt;bkk_relations&lt;/b&gt; %1&lt;br&gt;International relations register for a city's foreign affairs office.</source>
        <translation>&lt;b&gt;bkk_relations&lt;/b&gt; %1&lt;br&gt;ระบบทะเบียนข้อมูลความสัมพันธ์ระหว่างประเทศสำหรับหน่วยงานด้านการต่างประเทศของเมือง</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="185"/>
        <source>Match the columns to fields</source>
        <translation>จับคู่คอลัมน์กับช่องข้อมูล</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="186"/>
        <source>Columns are matched by their headers (English or Thai); change any that are wrong, or ignore a column.</source>
        <translation>ระบบจับคู่คอลัมน์ตามหัวคอลัมน์ (ภาษาอังกฤษหรือภาษาไทย) แก้ไขคู่ที่ไม่ถูกต้อง หรือเลือกไม่ใช้คอลัมน์นั้น</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="190"/>
        <source>Column in the file</source>
        <translation>คอลัมน์ในแฟ้ม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="191"/>
        <source>Example</source>
        <translation>ตัวอย่าง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="191"/>
        <source>Field</source>
        <translation>ช่องข้อมูล</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="225"/>
        <source>— ignore —</source>
        <translation>— ไม่ใช้ —</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="235"/>
        <source>Required: %1</source>
        <translation>ต้องระบุ: %1</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="253"/>
        <source>Each field can take one column only: %1</source>
        <translation>แต่ละช่องข้อมูลจับคู่ได้เพียงคอลัมน์เดียว: %1</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="257"/>
        <source>Choose a column for: %1</source>
        <translation>กรุณาเลือกคอลัมน์สำหรับ: %1</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="392"/>
        <source>Check the rows</source>
        <translation>ตรวจสอบแถวข้อมูล</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="393"/>
        <source>Nothing is imported while any row has a problem: correct the file, or skip those rows. For duplicates, choose what to do.</source>
        <translation>จะไม่มีการนำเข้าข้อมูลใด ๆ ตราบที่ยังมีแถวที่มีปัญหา: แก้ไขแฟ้ม หรือข้ามแถวเหล่านั้น สำหรับรายการที่อาจซ้ำ ให้เลือกวิธีดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="396"/>
        <source>&amp;Import</source>
        <translation>นำเข้า (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="403"/>
        <source>All rows</source>
        <translation>ทุกแถว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="404"/>
        <source>Rows with problems</source>
        <translation>แถวที่มีปัญหา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="405"/>
        <source>Duplicates and updates</source>
        <translation>รายการที่อาจซ้ำและรายการที่จะปรับปรุง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="407"/>
        <source>Skip all rows with problems</source>
        <translation>ข้ามทุกแถวที่มีปัญหา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="435"/>
        <source>Reading and checking every row…</source>
        <translation>กำลังอ่านและตรวจสอบทุกแถว…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="476"/>
        <source>%1 rows: %2 new, %3 update existing, %4 possible duplicates, %5 to skip.</source>
        <translation>ทั้งหมด %1 แถว: ใหม่ %2 ปรับปรุงรายการเดิม %3 อาจซ้ำ %4 ข้าม %5</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="484"/>
        <source>%1 problems: nothing can be imported until they are solved.</source>
        <translation>พบปัญหา %1 รายการ: ไม่สามารถนำเข้าได้จนกว่าจะแก้ไขปัญหาทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../bkk_relations/qt_strings.py" line="32"/>
        <source>&amp;Undo</source>
        <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/qt_strings.py" line="33"/>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/qt_strings.py" line="34"/>
        <source>Cu&amp;t</source>
        <translation>ตัด (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/qt_strings.py" line="35"/>
        <source>&amp;Copy</source>
        <translation>คัดลอก (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/qt_strings.py" line="36"/>
        <source>&amp;Paste</source>
        <translation>วาง (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/qt_strings.py" line="37"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/qt_strings.py" line="38"/>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../bkk_relations/qt_strings.py" line="30"/>
        <source>Show Details...</source>
        <translation>แสดงรายละเอียด...</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/qt_strings.py" line="31"/>
        <source>Hide Details...</source>
        <translation>ซ่อนรายละเอียด...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../bkk_relations/qt_strings.py" line="7"/>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/qt_strings.py" line="8"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/qt_strings.py" line="9"/>
        <source>Save All</source>
        <translation>บันทึกทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/qt_strings.py" line="10"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/qt_strings.py" line="11"/>
        <source>&amp;Yes</source>
        <translation>ใช่ (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/qt_strings.py" line="12"/>
        <source>Yes to &amp;All</source>
        <translation>ใช่ทั้งหมด (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/qt_strings.py" line="13"/>
        <source>&amp;No</source>
        <translation>ไม่ใช่ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/qt_strings.py" line="14"/>
        <source>N&amp;o to All</source>
        <translation>ไม่ใช่ทั้งหมด (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/qt_strings.py" line="15"/>
        <source>Abort</source>
        <translation>ยกเลิกการทำงาน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/qt_strings.py" line="16"/>
        <source>Retry</source>
        <translation>ลองใหม่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/qt_strings.py" line="17"/>
        <source>Ignore</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/qt_strings.py" line="18"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/qt_strings.py" line="19"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/qt_strings.py" line="20"/>
        <source>Discard</source>
        <translation>ไม่บันทึก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/qt_strings.py" line="21"/>
        <source>Help</source>
        <translation>วิธีใช้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/qt_strings.py" line="22"/>
        <source>Apply</source>
        <translation>ใช้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/qt_strings.py" line="23"/>
        <source>Reset</source>
        <translation>รีเซ็ต</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/qt_strings.py" line="24"/>
        <source>Restore Defaults</source>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../bkk_relations/qt_strings.py" line="25"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ย้อนกลับ (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/qt_strings.py" line="26"/>
        <source>&amp;Next &gt;</source>
        <translation>ถัดไป (&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/qt_strings.py" line="27"/>
        <source>&amp;Finish</source>
        <translation>เสร็จสิ้น (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/qt_strings.py" line="28"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/qt_strings.py" line="29"/>
        <source>&amp;Help</source>
        <translation>วิธีใช้ (&amp;H)</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="157"/>
        <source>New %1</source>
        <translation>เพิ่ม%1ใหม่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="158"/>
        <source>Edit %1</source>
        <translation>แก้ไข%1</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="189"/>
        <source>Save (Ctrl+S)</source>
        <translation>บันทึก (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="195"/>
        <source>This database is open read-only: you can read this record but not save changes.</source>
        <translation>ฐานข้อมูลนี้เปิดแบบอ่านอย่างเดียว: อ่านระเบียนนี้ได้ แต่บันทึกการแก้ไขไม่ได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="201"/>
        <source>View %1 (read-only)</source>
        <translation>ดู%1 (อ่านอย่างเดียว)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="203"/>
        <source>&amp;Close</source>
        <translation>ปิด (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="229"/>
        <source>(not an organisation)</source>
        <translation>(ไม่ใช่องค์กร)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="235"/>
        <source>(from the country)</source>
        <translation>(ตามประเทศ)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="258"/>
        <source>comma-separated, e.g. ASEAN, MCR2030</source>
        <translation>คั่นด้วยเครื่องหมายจุลภาค เช่น ASEAN, MCR2030</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="383"/>
        <source>Enter a number.</source>
        <translation>กรุณากรอกตัวเลข</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="442"/>
        <source>someone else</source>
        <translation>ผู้อื่น</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="444"/>
        <source>you (%1), in another window or on another computer</source>
        <translation>คุณเอง (%1) จากหน้าต่างอื่นหรือคอมพิวเตอร์เครื่องอื่น</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="447"/>
        <source>“%1” was changed by %2 on %3, after you opened it.</source>
        <translation>“%1” ถูกแก้ไขโดย %2 เมื่อ %3 หลังจากที่คุณเปิดรายการนี้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="458"/>
        <source>Changed there: %1.</source>
        <translation>ส่วนที่ถูกแก้ไข: %1</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="459"/>
        <source>Reload shows their version and discards what you changed in this form. Overwrite saves your version over theirs.</source>
        <translation>โหลดใหม่ จะแสดงฉบับที่ผู้อื่นบันทึกไว้ และยกเลิกสิ่งที่คุณแก้ไขในแบบฟอร์มนี้ ส่วนบันทึกทับ จะบันทึกฉบับของคุณแทนที่ฉบับนั้น</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="464"/>
        <source>Changed by someone else</source>
        <translation>มีผู้อื่นแก้ไขรายการนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="467"/>
        <source>&amp;Reload</source>
        <translation>โหลดใหม่ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="468"/>
        <source>&amp;Overwrite</source>
        <translation>บันทึกทับ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="491"/>
        <source>Unsaved changes</source>
        <translation>มีการแก้ไขที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="492"/>
        <source>Save the changes to this record before closing?</source>
        <translation>ต้องการบันทึกการแก้ไขรายการนี้ก่อนปิดหรือไม่?</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../bkk_relations/ui/widgets.py" line="206"/>
        <source>Type to find, Enter to add</source>
        <translation>พิมพ์เพื่อค้นหา กด Enter เพื่อเพิ่ม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/widgets.py" line="220"/>
        <source>Remove the selected link</source>
        <translation>นำการเชื่อมโยงที่เลือกออก</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="233"/>
        <source>Reports</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="238"/>
        <source>Partner list</source>
        <translation>รายชื่อคู่ความร่วมมือ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="239"/>
        <source>Agreement register</source>
        <translation>ทะเบียนความตกลง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="240"/>
        <source>Project portfolio</source>
        <translation>ประมวลโครงการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="241"/>
        <source>Activity log</source>
        <translation>บันทึกกิจกรรม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="242"/>
        <source>Partner profile (workbook)</source>
        <translation>โปรไฟล์คู่ความร่วมมือ (เวิร์กบุ๊ก)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="248"/>
        <source>Kind</source>
        <translation>ลักษณะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="248"/>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="249"/>
        <source>Region</source>
        <translation>ภูมิภาค</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="249"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="250"/>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="250"/>
        <source>Sector</source>
        <translation>สาขา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="250"/>
        <source>SDG</source>
        <translation>เป้าหมาย SDG</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="261"/>
        <source>any</source>
        <translation>ไม่ระบุ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="262"/>
        <source>Year, in the calendar chosen in Settings</source>
        <translation>ปีตามศักราชที่เลือกไว้ในการตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="264"/>
        <source>Years</source>
        <translation>ปี</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="265"/>
        <source>Filters</source>
        <translation>ตัวกรอง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="277"/>
        <source>Gregorian (C.E.)</source>
        <translation>คริสต์ศักราช (ค.ศ.)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="278"/>
        <source>Buddhist Era (B.E. = C.E. + 543)</source>
        <translation>พุทธศักราช (พ.ศ. = ค.ศ. + 543)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="282"/>
        <source>Browse…</source>
        <translation>เรียกดู…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="287"/>
        <source>Open the file when it is written</source>
        <translation>เปิดแฟ้มเมื่อบันทึกเสร็จ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="294"/>
        <source>&amp;Report</source>
        <translation>รายงาน (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="295"/>
        <source>&amp;Partner</source>
        <translation>คู่ความร่วมมือ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="296"/>
        <source>From date</source>
        <translation>ตั้งแต่วันที่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="297"/>
        <source>To date</source>
        <translation>ถึงวันที่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="298"/>
        <source>&amp;Language</source>
        <translation>ภาษา (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="299"/>
        <source>&amp;Calendar</source>
        <translation>ศักราช (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="300"/>
        <source>&amp;File</source>
        <translation>แฟ้ม (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="305"/>
        <source>&amp;Export</source>
        <translation>ส่งออก (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="319"/>
        <source>All kinds</source>
        <translation>ทุกลักษณะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="320"/>
        <source>All sectors</source>
        <translation>ทุกสาขา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="321"/>
        <source>All SDGs</source>
        <translation>ทุกเป้าหมาย SDG</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="328"/>
        <source>All regions</source>
        <translation>ทุกภูมิภาค</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="331"/>
        <source>All countries</source>
        <translation>ทุกประเทศ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="343"/>
        <source>All statuses</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="343"/>
        <source>All types</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="374"/>
        <source>Save the report as</source>
        <translation>บันทึกรายงานเป็น</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="400"/>
        <source>Choose the file to write.</source>
        <translation>กรุณาเลือกแฟ้มที่จะบันทึก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="402"/>
        <source>The file name must end in .xlsx or .csv.</source>
        <translation>ชื่อแฟ้มต้องลงท้ายด้วย .xlsx หรือ .csv</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="404"/>
        <source>Choose the partner whose profile to export.</source>
        <translation>กรุณาเลือกคู่ความร่วมมือที่ต้องการส่งออกโปรไฟล์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="406"/>
        <source>The partner profile has several sheets; save it as .xlsx.</source>
        <translation>โปรไฟล์คู่ความร่วมมือมีหลายชีต กรุณาบันทึกเป็น .xlsx</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="412"/>
        <source>The dates are not valid; type dd/mm/yyyy, mm/yyyy or a year.</source>
        <translation>วันที่ไม่ถูกต้อง กรุณาพิมพ์ วว/ดด/ปปปป, ดด/ปปปป หรือปี</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="423"/>
        <source>Exporting…</source>
        <translation>กำลังส่งออก…</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="511"/>
        <source>Importing</source>
        <translation>กำลังนำเข้า</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="525"/>
        <source>Importing in one step: Cancel leaves the database as it was.</source>
        <translation>นำเข้าในขั้นตอนเดียว: หากกดยกเลิก ฐานข้อมูลจะยังคงเหมือนเดิม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="545"/>
        <source>Imported: %1 created, %2 updated, %3 unchanged, %4 skipped.</source>
        <translation>นำเข้าแล้ว: สร้างใหม่ %1 ปรับปรุง %2 ไม่เปลี่ยนแปลง %3 ข้าม %4</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="549"/>
        <source>Edit → Undo last import reverses it.</source>
        <translation>เลือก แก้ไข → เลิกทำการนำเข้าครั้งล่าสุด เพื่อย้อนกลับการนำเข้านี้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="556"/>
        <source>The database was not changed.</source>
        <translation>ฐานข้อมูลไม่มีการเปลี่ยนแปลง</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../../bkk_relations/ui/runner.py" line="31"/>
        <source>Reading the dashboard figures</source>
        <translation>การอ่านตัวเลขของแดชบอร์ด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/runner.py" line="32"/>
        <source>Reading the relationship graph</source>
        <translation>การอ่านกราฟความสัมพันธ์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/runner.py" line="33"/>
        <source>Drawing the relationship graph</source>
        <translation>การวาดกราฟความสัมพันธ์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/runner.py" line="34"/>
        <source>The automatic backup</source>
        <translation>การสำรองข้อมูลอัตโนมัติ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/runner.py" line="42"/>
        <source>Background work (%1)</source>
        <translation>งานเบื้องหลัง (%1)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/runner.py" line="111"/>
        <source>%1 failed: %2</source>
        <translation>%1 ไม่สำเร็จ: %2</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="94"/>
        <source>%1 records match “%2”</source>
        <translation>พบ %1 รายการที่ตรงกับ “%2”</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="45"/>
        <source>The server %1 refused the user name or password. Check them and try again.</source>
        <translation>เซิร์ฟเวอร์ %1 ไม่ยอมรับชื่อผู้ใช้หรือรหัสผ่าน โปรดตรวจสอบแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="48"/>
        <source>The server has no database by that name (%1). Check the name with the office's IT person.</source>
        <translation>เซิร์ฟเวอร์ไม่มีฐานข้อมูลชื่อนี้ (%1) โปรดตรวจสอบชื่อกับเจ้าหน้าที่ไอทีของสำนักงาน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="51"/>
        <source>The server does not know that user name (%1). Check the name.</source>
        <translation>เซิร์ฟเวอร์ไม่รู้จักชื่อผู้ใช้นี้ (%1) โปรดตรวจสอบชื่อ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="53"/>
        <source>The server %1 does not accept connections from this computer or user; ask the office's IT person to allow it.</source>
        <translation>เซิร์ฟเวอร์ %1 ไม่รับการเชื่อมต่อจากคอมพิวเตอร์หรือผู้ใช้นี้ โปรดขอให้เจ้าหน้าที่ไอทีของสำนักงานอนุญาต</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="56"/>
        <source>The database server %1 cannot be reached. Check the server's name and port and that this computer is on the office network.</source>
        <translation>ติดต่อเซิร์ฟเวอร์ฐานข้อมูล %1 ไม่ได้ โปรดตรวจสอบชื่อและพอร์ตของเซิร์ฟเวอร์ และว่าคอมพิวเตอร์นี้อยู่ในเครือข่ายของสำนักงาน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="59"/>
        <source>The connection to the database server %1 was lost. Nothing after the last save was kept; reconnect and try again.</source>
        <translation>การเชื่อมต่อกับเซิร์ฟเวอร์ฐานข้อมูล %1 ขาดหาย สิ่งที่ทำหลังการบันทึกครั้งล่าสุดไม่ได้ถูกเก็บไว้ โปรดเชื่อมต่อใหม่แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="62"/>
        <source>The database %1 holds another application's tables; it was not changed.</source>
        <translation>ฐานข้อมูล %1 มีตารางของโปรแกรมอื่น จึงไม่ได้เปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="65"/>
        <source>The database %1 was written by a newer version of bkk_relations (schema %2). Update the app to use it; nothing was changed.</source>
        <translation>ฐานข้อมูล %1 ถูกเขียนโดย bkk_relations รุ่นที่ใหม่กว่า (โครงสร้าง %2) โปรดปรับรุ่นโปรแกรมก่อนใช้งาน ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="68"/>
        <source>The database %1 needs upgrading to this version of the app, and your login may only read; ask an editor to open it first.</source>
        <translation>ฐานข้อมูล %1 ต้องปรับให้เข้ากับโปรแกรมรุ่นนี้ แต่บัญชีของคุณอ่านได้อย่างเดียว โปรดให้ผู้มีสิทธิ์แก้ไขเปิดก่อน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="71"/>
        <source>Your login cannot set up the database %1; ask the office's IT person to set it up.</source>
        <translation>บัญชีของคุณตั้งค่าฐานข้อมูล %1 ไม่ได้ โปรดขอให้เจ้าหน้าที่ไอทีของสำนักงานตั้งค่าให้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="74"/>
        <source>Could not connect to the database server %1: %2</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์ฐานข้อมูล %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="236"/>
        <source>Connect to a database server</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์ฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="240"/>
        <source>Open the office's shared database on its PostgreSQL server. The office's IT person gives you these details.</source>
        <translation>เปิดฐานข้อมูลกลางของสำนักงานบนเซิร์ฟเวอร์ PostgreSQL ขอรายละเอียดเหล่านี้ได้จากเจ้าหน้าที่ไอทีของสำนักงาน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="245"/>
        <source>e.g. db.office.local or 10.0.0.5</source>
        <translation>เช่น db.office.local หรือ 10.0.0.5</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="257"/>
        <source>&amp;Remember the password on this computer</source>
        <translation>จำรหัสผ่านไว้ในคอมพิวเตอร์เครื่องนี้ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="259"/>
        <source>Kept in the system's password store (Windows Credential Manager, macOS Keychain or the desktop's keyring), never in a settings file</source>
        <translation>เก็บไว้ในที่เก็บรหัสผ่านของระบบ (Windows Credential Manager, macOS Keychain หรือ keyring ของเดสก์ท็อป) ไม่เก็บในแฟ้มการตั้งค่าเด็ดขาด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="266"/>
        <source>&amp;Server</source>
        <translation>เซิร์ฟเวอร์ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="267"/>
        <source>P&amp;ort</source>
        <translation>พอร์ต (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="268"/>
        <source>&amp;Database</source>
        <translation>ฐานข้อมูล (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="269"/>
        <source>&amp;User name</source>
        <translation>ชื่อผู้ใช้ (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="270"/>
        <source>&amp;Password</source>
        <translation>รหัสผ่าน (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="276"/>
        <source>Connection options kept: %1</source>
        <translation>ตัวเลือกการเชื่อมต่อที่คงไว้: %1</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="292"/>
        <source>&amp;Connect</source>
        <translation>เชื่อมต่อ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="308"/>
        <source>Saved passwords cannot be read on this computer; type the password.</source>
        <translation>คอมพิวเตอร์เครื่องนี้อ่านรหัสผ่านที่จำไว้ไม่ได้ กรุณาพิมพ์รหัสผ่าน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="337"/>
        <source>Type the server's name or address.</source>
        <translation>พิมพ์ชื่อหรือที่อยู่ของเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="339"/>
        <source>Type the name of the database.</source>
        <translation>พิมพ์ชื่อฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="341"/>
        <source>Type your user name.</source>
        <translation>พิมพ์ชื่อผู้ใช้ของคุณ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="365"/>
        <source>Could not open the database: %1</source>
        <translation>เปิดฐานข้อมูลไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="383"/>
        <source>Connected. The password could not be remembered: this computer has no password store. You will be asked for it next time.</source>
        <translation>เชื่อมต่อแล้ว แต่จำรหัสผ่านไม่ได้เพราะคอมพิวเตอร์เครื่องนี้ไม่มีที่เก็บรหัสผ่าน ครั้งหน้าจะต้องพิมพ์รหัสผ่านอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="28"/>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="36"/>
        <source>Gregorian (C.E.)</source>
        <translation>คริสต์ศักราช (ค.ศ.)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="37"/>
        <source>Buddhist Era (B.E. = C.E. + 543)</source>
        <translation>พุทธศักราช (พ.ศ. = ค.ศ. + 543)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="45"/>
        <source>Back up automatically when the app starts and closes</source>
        <translation>สำรองข้อมูลโดยอัตโนมัติเมื่อเปิดและปิดโปรแกรม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="55"/>
        <source>&amp;Language</source>
        <translation>ภาษา (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="56"/>
        <source>&amp;Calendar</source>
        <translation>ศักราช (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="57"/>
        <source>Home city (&amp;English)</source>
        <translation>เมืองที่ตั้ง (ภาษาอังกฤษ) (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="58"/>
        <source>Home city (&amp;Thai)</source>
        <translation>เมืองที่ตั้ง (ภาษาไทย) (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="59"/>
        <source>Home c&amp;ountry</source>
        <translation>ประเทศที่ตั้ง (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="60"/>
        <source>&amp;Backups</source>
        <translation>สำรองข้อมูล (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="61"/>
        <source>Daily backups to keep</source>
        <translation>จำนวนข้อมูลสำรองรายวันที่เก็บไว้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="62"/>
        <source>Weekly backups to keep</source>
        <translation>จำนวนข้อมูลสำรองรายสัปดาห์ที่เก็บไว้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="63"/>
        <source>The newest automatic backup of each of these days and weeks is kept, and always the two newest. Backups made with File → Backup now are never removed.</source>
        <translation>ข้อมูลสำรองอัตโนมัติที่ใหม่ที่สุดของแต่ละวันและแต่ละสัปดาห์ตามจำนวนนี้จะถูกเก็บไว้ รวมทั้งสองชุดล่าสุดเสมอ ส่วนข้อมูลสำรองที่สร้างด้วย แฟ้ม → สำรองข้อมูลทันที จะไม่ถูกลบ</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="137"/>
        <source>Choose the sheet</source>
        <translation>เลือกชีต</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="153"/>
        <source>The sheet whose columns fit best is chosen.</source>
        <translation>ระบบเลือกชีตที่มีคอลัมน์ตรงกันมากที่สุดไว้ให้แล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="159"/>
        <source>%1 — header on row %2, %3 columns recognised</source>
        <translation>%1 — หัวคอลัมน์อยู่ที่แถว %2 ระบุคอลัมน์ได้ %3 คอลัมน์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="163"/>
        <source>%1 — empty</source>
        <translation>%1 — ว่าง</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="44"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="44"/>
        <source>Record</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="44"/>
        <source>Deleted</source>
        <translation>วันที่ลบ</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="71"/>
        <source>&amp;Restore</source>
        <translation>กู้คืน (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="72"/>
        <source>Put the selected records back where they were</source>
        <translation>นำรายการที่เลือกกลับคืนสู่ตำแหน่งเดิม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="74"/>
        <source>Delete for &amp;good</source>
        <translation>ลบถาวร (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="75"/>
        <source>Remove the selected records permanently</source>
        <translation>ลบรายการที่เลือกอย่างถาวร</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="95"/>
        <source>%1 records in the trash</source>
        <translation>มี %1 รายการในถังขยะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="120"/>
        <source>Cannot restore</source>
        <translation>ไม่สามารถกู้คืนได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="131"/>
        <source>Delete for good</source>
        <translation>ลบถาวร</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="145"/>
        <source>Delete %1 records permanently? This cannot be undone.</source>
        <translation>ต้องการลบ %1 รายการอย่างถาวรหรือไม่? การดำเนินการนี้ไม่สามารถย้อนกลับได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="157"/>
        <source>They lose their link to what is deleted; a partner's contacts are deleted with it.</source>
        <translation>รายการเหล่านั้นจะไม่เชื่อมโยงกับรายการที่ถูกลบอีกต่อไป และผู้ติดต่อของคู่ความร่วมมือจะถูกลบไปด้วย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="137"/>
        <source>Cannot delete</source>
        <translation>ไม่สามารถลบได้</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../bkk_relations/ui/app.py" line="73"/>
        <source>Details were written to %1.</source>
        <translation>บันทึกรายละเอียดไว้ที่ %1 แล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/app.py" line="76"/>
        <source>Something went wrong</source>
        <translation>เกิดข้อผิดพลาด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/app.py" line="77"/>
        <source>The last action could not be completed: %1
Your data is safe; you can go on working.</source>
        <translation>ไม่สามารถดำเนินการล่าสุดให้เสร็จสิ้นได้: %1
ข้อมูลของคุณปลอดภัย สามารถทำงานต่อได้ตามปกติ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/app.py" line="201"/>
        <source>Cannot open the database</source>
        <translation>ไม่สามารถเปิดฐานข้อมูลได้</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="81"/>
        <source>&amp;Name (English)</source>
        <translation>ชื่อ (ภาษาอังกฤษ) (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="82"/>
        <source>Name (&amp;Thai)</source>
        <translation>ชื่อ (ภาษาไทย) (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="83"/>
        <source>&amp;Kind</source>
        <translation>ลักษณะ (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="84"/>
        <source>Organisation t&amp;ype</source>
        <translation>ประเภทองค์กร (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="85"/>
        <source>&amp;Acronym</source>
        <translation>ชื่อย่อ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="86"/>
        <source>&amp;Country</source>
        <translation>ประเทศ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="87"/>
        <source>&amp;Region</source>
        <translation>ภูมิภาค (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="88"/>
        <source>&amp;Status</source>
        <translation>สถานะ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="89"/>
        <source>&amp;Website</source>
        <translation>เว็บไซต์ (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="90"/>
        <source>Latitude</source>
        <translation>ละติจูด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="91"/>
        <source>Longitude</source>
        <translation>ลองจิจูด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="92"/>
        <source>Ta&amp;gs</source>
        <translation>แท็ก (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="93"/>
        <source>S&amp;ource</source>
        <translation>แหล่งที่มา (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="94"/>
        <source>N&amp;otes</source>
        <translation>หมายเหตุ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="95"/>
        <location filename="../../bkk_relations/ui/editor.py" line="98"/>
        <location filename="../../bkk_relations/ui/editor.py" line="116"/>
        <source>&amp;Type</source>
        <translation>ประเภท (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="96"/>
        <source>&amp;Title (English)</source>
        <translation>ชื่อเรื่อง (ภาษาอังกฤษ) (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="97"/>
        <source>Title (&amp;Thai)</source>
        <translation>ชื่อเรื่อง (ภาษาไทย) (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="99"/>
        <source>&amp;Parties</source>
        <translation>ภาคี (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="100"/>
        <source>Si&amp;gned</source>
        <translation>วันที่ลงนาม (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="101"/>
        <source>&amp;Effective from</source>
        <translation>มีผลตั้งแต่ (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="102"/>
        <source>E&amp;xpires</source>
        <translation>วันหมดอายุ (&amp;X)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="103"/>
        <source>Renewal terms</source>
        <translation>เงื่อนไขการต่ออายุ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="104"/>
        <source>Signatories</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="105"/>
        <source>Sectors</source>
        <translation>สาขา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="106"/>
        <source>SDGs</source>
        <translation>SDGs</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="107"/>
        <source>&amp;Partners</source>
        <translation>คู่ความร่วมมือ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="108"/>
        <source>Lead &amp;units</source>
        <translation>หน่วยงานรับผิดชอบหลัก (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="109"/>
        <source>Under a&amp;greement</source>
        <translation>ภายใต้ความตกลง (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="110"/>
        <source>Sta&amp;rt</source>
        <translation>วันเริ่มต้น (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="111"/>
        <source>&amp;End</source>
        <translation>วันสิ้นสุด (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="112"/>
        <source>&amp;Budget</source>
        <translation>งบประมาณ (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="113"/>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="114"/>
        <source>&amp;Funding source</source>
        <translation>แหล่งงบประมาณ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="115"/>
        <source>Outcomes</source>
        <translation>ผลการดำเนินงาน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="117"/>
        <source>P&amp;lace</source>
        <translation>สถานที่ (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="118"/>
        <source>Partic&amp;ipants</source>
        <translation>ผู้เข้าร่วม (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="119"/>
        <source>Pro&amp;ject</source>
        <translation>โครงการ (&amp;J)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="120"/>
        <source>S&amp;ummary</source>
        <translation>สรุป (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="121"/>
        <source>&amp;Partner</source>
        <translation>คู่ความร่วมมือ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="122"/>
        <source>Pos&amp;ition</source>
        <translation>ตำแหน่ง (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="123"/>
        <source>&amp;E-mail</source>
        <translation>อีเมล (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="124"/>
        <source>P&amp;hone</source>
        <translation>โทรศัพท์ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="125"/>
        <source>&amp;Languages</source>
        <translation>ภาษา (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="126"/>
        <source>&amp;Focal point</source>
        <translation>ผู้ประสานงานหลัก (&amp;F)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="12"/>
        <location filename="../../bkk_relations/ui/labels.py" line="36"/>
        <source>Partner</source>
        <translation>คู่ความร่วมมือ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="12"/>
        <location filename="../../bkk_relations/ui/labels.py" line="32"/>
        <source>Partners</source>
        <translation>คู่ความร่วมมือ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="13"/>
        <source>Agreement</source>
        <translation>ความตกลง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="14"/>
        <location filename="../../bkk_relations/ui/labels.py" line="27"/>
        <source>Agreements</source>
        <translation>ความตกลง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="15"/>
        <source>Project</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="15"/>
        <location filename="../../bkk_relations/ui/labels.py" line="39"/>
        <source>Projects</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="16"/>
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="17"/>
        <source>Activities</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="18"/>
        <source>Contact</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="18"/>
        <source>Contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="19"/>
        <source>Unit</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="19"/>
        <source>Units</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="24"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="24"/>
        <source>Thai name</source>
        <translation>ชื่อภาษาไทย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="25"/>
        <source>Kind</source>
        <translation>ลักษณะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="25"/>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="26"/>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="26"/>
        <source>Region</source>
        <translation>ภูมิภาค</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="27"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="28"/>
        <source>Last activity</source>
        <translation>กิจกรรมล่าสุด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="28"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="29"/>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="29"/>
        <source>Parties</source>
        <translation>ภาคี</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="30"/>
        <source>Signed</source>
        <translation>วันที่ลงนาม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="30"/>
        <source>Expires</source>
        <translation>วันหมดอายุ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="31"/>
        <source>Thai title</source>
        <translation>ชื่อเรื่องภาษาไทย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="31"/>
        <source>Sectors</source>
        <translation>สาขา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="32"/>
        <source>SDGs</source>
        <translation>SDGs</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="33"/>
        <source>Start</source>
        <translation>วันเริ่มต้น</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="33"/>
        <source>End</source>
        <translation>วันสิ้นสุด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="34"/>
        <source>Budget</source>
        <translation>งบประมาณ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="34"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="35"/>
        <source>Place</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="35"/>
        <source>Participants</source>
        <translation>ผู้เข้าร่วม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="36"/>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="37"/>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="37"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="38"/>
        <source>Focal point</source>
        <translation>ผู้ประสานงานหลัก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="38"/>
        <source>Acronym</source>
        <translation>ชื่อย่อ</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <location filename="../../bkk_relations/ui/links.py" line="16"/>
        <source>%1 (in the Trash)</source>
        <translation>%1 (อยู่ในถังขยะ)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/links.py" line="29"/>
        <source>1 partner</source>
        <translation>คู่ความร่วมมือ 1 ราย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/links.py" line="29"/>
        <source>%1 partners</source>
        <translation>คู่ความร่วมมือ %1 ราย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/links.py" line="30"/>
        <source>1 agreement</source>
        <translation>ความตกลง 1 ฉบับ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/links.py" line="31"/>
        <source>%1 agreements</source>
        <translation>ความตกลง %1 ฉบับ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/links.py" line="32"/>
        <source>1 project</source>
        <translation>โครงการ 1 โครงการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/links.py" line="32"/>
        <source>%1 projects</source>
        <translation>โครงการ %1 โครงการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/links.py" line="33"/>
        <source>1 activity</source>
        <translation>กิจกรรม 1 รายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/links.py" line="34"/>
        <source>%1 activities</source>
        <translation>กิจกรรม %1 รายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/links.py" line="35"/>
        <source>1 contact</source>
        <translation>ผู้ติดต่อ 1 คน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/links.py" line="35"/>
        <source>%1 contacts</source>
        <translation>ผู้ติดต่อ %1 คน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/links.py" line="36"/>
        <source>1 unit</source>
        <translation>หน่วยงาน 1 หน่วย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/links.py" line="36"/>
        <source>%1 units</source>
        <translation>หน่วยงาน %1 หน่วย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/links.py" line="49"/>
        <source>, </source>
        <translation> </translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/links.py" line="50"/>
        <source>%1 and %2</source>
        <translation>%1 และ%2</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/links.py" line="57"/>
        <source>%1 refers to %2.</source>
        <translation>%1 อ้างถึง %2</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/links.py" line="59"/>
        <source>%1 refer to %2.</source>
        <translation>%1 อ้างถึง %2</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/links.py" line="69"/>
        <source>…and %1 more</source>
        <translation>…และอีก %1 รายการ</translation>
    </message>
</context>
</TS>
