<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="52"/>
        <source>Backups</source>
        <translation>การสำรองข้อมูล</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="53"/>
        <source>This database is on the server %1. Its backups are made on the server by the office&apos;s IT person; this app does not copy a server database. To keep a copy of the data yourself, export the lists or reports to Excel.</source>
        <translation>ฐานข้อมูลนี้อยู่บนเซิร์ฟเวอร์ %1 การสำรองข้อมูลทำบนเซิร์ฟเวอร์โดยเจ้าหน้าที่ไอทีของสำนักงาน โปรแกรมนี้ไม่คัดลอกฐานข้อมูลบนเซิร์ฟเวอร์ หากต้องการเก็บสำเนาข้อมูลไว้เอง ให้ส่งออกรายการหรือรายงานเป็น Excel</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="116"/>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="128"/>
        <source>Backing up… you can go on working.</source>
        <translation>กำลังสำรองข้อมูล… ทำงานต่อได้ตามปกติ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="124"/>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="212"/>
        <source>Backup</source>
        <translation>สำรองข้อมูล</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="140"/>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="151"/>
        <source>Restore from backup</source>
        <translation>กู้คืนจากข้อมูลสำรอง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="148"/>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="177"/>
        <source>Cannot restore</source>
        <translation>ไม่สามารถกู้คืนได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="152"/>
        <source>Replace the open database with this backup? The current file is kept as a copy beside it.</source>
        <translation>ต้องการแทนที่ฐานข้อมูลที่เปิดอยู่ด้วยข้อมูลสำรองนี้หรือไม่? แฟ้มปัจจุบันจะถูกเก็บเป็นสำเนาไว้ในโฟลเดอร์เดียวกัน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="179"/>
        <source>Restored. The previous file is kept as %1</source>
        <translation>กู้คืนเรียบร้อยแล้ว แฟ้มเดิมถูกเก็บไว้เป็น %1</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="180"/>
        <source>Restored.</source>
        <translation>กู้คืนเรียบร้อยแล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="182"/>
        <source>%1 attached files were in neither the backup nor the attachments folder.</source>
        <translation>แฟ้มแนบ %1 แฟ้มไม่มีทั้งในข้อมูลสำรองและในโฟลเดอร์แฟ้มแนบ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="198"/>
        <source>Backup saved to %1</source>
        <translation>บันทึกข้อมูลสำรองไว้ที่ %1 แล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="200"/>
        <source>(the database that was there is kept as %1)</source>
        <translation>(ฐานข้อมูลที่อยู่ที่นั่นเดิมถูกเก็บไว้เป็น %1)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="202"/>
        <source>A damaged backup was found and moved to %1: %2</source>
        <translation>พบข้อมูลสำรองที่เสียหายและได้ย้ายไปไว้ที่ %1: %2</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="206"/>
        <source>%1 attached files were left out: another program changed them after they were attached. Attach the original files again.</source>
        <translation>ไม่ได้สำรองแฟ้มแนบ %1 แฟ้ม เพราะมีโปรแกรมอื่นแก้ไขแฟ้มเหล่านั้นหลังจากแนบไว้ กรุณาแนบแฟ้มต้นฉบับอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="223"/>
        <source>Backup failed</source>
        <translation>สำรองข้อมูลไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/backup_actions.py" line="225"/>
        <source>The automatic backup failed: %1</source>
        <translation>การสำรองข้อมูลอัตโนมัติไม่สำเร็จ: %1</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="72"/>
        <source>Briefing for a visit</source>
        <translation>เอกสารสรุปข้อมูลก่อนการเยือน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="74"/>
        <source>A partner</source>
        <translation>พันธมิตร</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="75"/>
        <source>An activity and its partners</source>
        <translation>กิจกรรมและพันธมิตรของกิจกรรม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="102"/>
        <source>Gregorian (C.E.)</source>
        <translation>คริสต์ศักราช (ค.ศ.)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="103"/>
        <source>Buddhist Era (B.E.)</source>
        <translation>พุทธศักราช (พ.ศ.)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="108"/>
        <source>&amp;Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="109"/>
        <source>&amp;Calendar</source>
        <translation>ปฏิทิน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="110"/>
        <source>Word (.docx) is set in TH Sarabun New for editing and circulating; the PDF carries its own Thai font.</source>
        <translation>ไฟล์ Word (.docx) ใช้แบบอักษร TH Sarabun New สำหรับแก้ไขและเวียนแจ้ง ส่วนไฟล์ PDF ฝังแบบอักษรภาษาไทยไว้ในไฟล์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="114"/>
        <source>Save as &amp;Word…</source>
        <translation>บันทึกเป็น Word…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="115"/>
        <source>Save as &amp;PDF…</source>
        <translation>บันทึกเป็น PDF…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="116"/>
        <source>Print pre&amp;view…</source>
        <translation>ดูตัวอย่างก่อนพิมพ์…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="159"/>
        <source>Choose a partner or an activity first.</source>
        <translation>โปรดเลือกพันธมิตรหรือกิจกรรมก่อน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="170"/>
        <source>Preparing the briefing…</source>
        <translation>กำลังจัดทำเอกสารสรุปข้อมูล…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="172"/>
        <source>Cannot prepare the briefing</source>
        <translation>จัดทำเอกสารสรุปข้อมูลไม่ได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="180"/>
        <source>Word document</source>
        <translation>เอกสาร Word</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="180"/>
        <source>PDF document</source>
        <translation>เอกสาร PDF</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="182"/>
        <source>Save the briefing</source>
        <translation>บันทึกเอกสารสรุปข้อมูล</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="192"/>
        <source>Writing the briefing…</source>
        <translation>กำลังเขียนเอกสารสรุปข้อมูล…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="194"/>
        <source>Cannot save the briefing</source>
        <translation>บันทึกเอกสารสรุปข้อมูลไม่ได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="197"/>
        <source>Saved %1</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="178"/>
        <source>Active partners</source>
        <translation>คู่ความร่วมมือที่ดำเนินการอยู่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="179"/>
        <source>Cities</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="180"/>
        <source>Organisations</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="181"/>
        <source>Active agreements</source>
        <translation>ความตกลงที่มีผลอยู่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="182"/>
        <source>Ongoing projects</source>
        <translation>โครงการที่กำลังดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="183"/>
        <source>Activities</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="200"/>
        <source>Add to my calendar…</source>
        <translation>เพิ่มลงในปฏิทินของฉัน…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="202"/>
        <source>Save these reminders (180, 90 and 30 days before each expiry) and the coming activities as an .ics file for your calendar</source>
        <translation>บันทึกการแจ้งเตือนเหล่านี้ (ล่วงหน้า 180, 90 และ 30 วันก่อนความตกลงสิ้นสุด) และกิจกรรมที่กำลังจะมาถึงเป็นไฟล์ .ics สำหรับปฏิทินของคุณ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="241"/>
        <source>Start an empty register…</source>
        <translation>เริ่มทะเบียนใหม่ที่ว่างเปล่า…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="243"/>
        <source>Create a new, empty database file for the office&apos;s own records; the demo stays as it is</source>
        <translation>สร้างไฟล์ฐานข้อมูลใหม่ที่ว่างเปล่าสำหรับข้อมูลของสำนักงาน ข้อมูลตัวอย่างยังคงอยู่เหมือนเดิม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="278"/>
        <source>Others</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="294"/>
        <source>Sample data</source>
        <translation>ข้อมูลตัวอย่าง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="302"/>
        <source>Reading the dashboard figures</source>
        <translation>การอ่านตัวเลขของแดชบอร์ด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="310"/>
        <source>Drawing the dashboard charts</source>
        <translation>การวาดแผนภูมิของแดชบอร์ด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="321"/>
        <source>Agreements expiring within 180 days</source>
        <translation>ความตกลงที่จะหมดอายุภายใน 180 วัน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="322"/>
        <source>Partners without activity for 3 years</source>
        <translation>คู่ความร่วมมือที่ไม่มีกิจกรรมมา 3 ปี</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="326"/>
        <source>Follow-up actions overdue or due within 30 days</source>
        <translation>เรื่องที่ต้องติดตามซึ่งเกินกำหนดหรือครบกำหนดภายใน 30 วัน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="354"/>
        <source>Agreement</source>
        <translation>ความตกลง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="354"/>
        <source>Expires</source>
        <translation>วันหมดอายุ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="354"/>
        <source>Days left</source>
        <translation>จำนวนวันที่เหลือ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="358"/>
        <source>Expiring</source>
        <translation>ใกล้หมดอายุ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="359"/>
        <source>Expired but still marked active</source>
        <translation>หมดอายุแล้วแต่ยังระบุว่าใช้งานอยู่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="368"/>
        <source>%1 days ago</source>
        <translation>เมื่อ %1 วันก่อน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="384"/>
        <source>Follow-up action</source>
        <translation>เรื่องที่ต้องติดตาม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="384"/>
        <source>Due</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="385"/>
        <source>Owner unit</source>
        <translation>หน่วยงานรับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="389"/>
        <source>Overdue</source>
        <translation>เกินกำหนด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="390"/>
        <source>Due within 30 days</source>
        <translation>ครบกำหนดภายใน 30 วัน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="399"/>
        <source>(%1 days ago)</source>
        <translation>(เลยมา %1 วัน)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="333"/>
        <source>Partner</source>
        <translation>คู่ความร่วมมือ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="333"/>
        <source>Last activity</source>
        <translation>กิจกรรมล่าสุด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="337"/>
        <source>never</source>
        <translation>ยังไม่มี</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="276"/>
        <source>Agreements signed per year</source>
        <translation>จำนวนความตกลงที่ลงนามในแต่ละปี</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="276"/>
        <source>Partners by region</source>
        <translation>คู่ความร่วมมือจำแนกตามภูมิภาค</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="277"/>
        <source>Projects by sector</source>
        <translation>โครงการจำแนกตามสาขา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="277"/>
        <source>Projects by SDG</source>
        <translation>โครงการจำแนกตามเป้าหมาย SDG</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="278"/>
        <source>No data yet</source>
        <translation>ยังไม่มีข้อมูล</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../bkk_relations/ui/widgets.py" line="180"/>
        <source>dd/mm/yyyy (B.E.), mm/yyyy or yyyy</source>
        <translation>วว/ดด/ปปปป (พ.ศ.), ดด/ปปปป หรือ ปปปป</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/widgets.py" line="181"/>
        <source>dd/mm/yyyy, mm/yyyy or yyyy</source>
        <translation>วว/ดด/ปปปป, ดด/ปปปป หรือ ปปปป</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/widgets.py" line="185"/>
        <source>Pick a date from a calendar</source>
        <translation>เลือกวันที่จากปฏิทิน</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="233"/>
        <source>Open in list</source>
        <translation>เปิดในรายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="235"/>
        <source>Show this record in its list (the list&apos;s filter is left as it is)</source>
        <translation>แสดงข้อมูลนี้ในรายการ (ตัวกรองของรายการคงเดิม)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="237"/>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="239"/>
        <source>Focus</source>
        <translation>เน้น</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="240"/>
        <source>Show only this node and its neighbours</source>
        <translation>แสดงเฉพาะโหนดนี้และโหนดข้างเคียง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="241"/>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="277"/>
        <source>Open group</source>
        <translation>เปิดกลุ่ม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="276"/>
        <source>Close group</source>
        <translation>ปิดกลุ่ม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="279"/>
        <source>Click a node to see it here; the graph stays as it is.</source>
        <translation>คลิกโหนดเพื่อดูรายละเอียดที่นี่ กราฟจะคงอยู่ตามเดิม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="293"/>
        <source>1 partner</source>
        <translation>คู่ความร่วมมือ 1 ราย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="293"/>
        <source>%1 partners</source>
        <translation>คู่ความร่วมมือ %1 ราย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="295"/>
        <source>%1 cities, %2 organisations</source>
        <translation>เมือง %1 แห่ง องค์กร %2 แห่ง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="311"/>
        <source>Ranked %1 by %2</source>
        <translation>อันดับที่ %1 ตาม%2</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="318"/>
        <source>Ties</source>
        <translation>ความสัมพันธ์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="321"/>
        <source>Best ranked</source>
        <translation>อันดับสูงสุด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="326"/>
        <source>Agreements and projects</source>
        <translation>ความตกลงและโครงการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="333"/>
        <source>no start year</source>
        <translation>ไม่ทราบปีที่เริ่มต้น</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="338"/>
        <source>…and %1 more</source>
        <translation>…และอีก %1 รายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="343"/>
        <source>1 activity</source>
        <translation>กิจกรรม 1 รายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="343"/>
        <source>%1 activities</source>
        <translation>กิจกรรม %1 รายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="344"/>
        <source>the last in %1</source>
        <translation>ครั้งล่าสุดปี %1</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="235"/>
        <source>&amp;Briefing for a visit…</source>
        <translation>เอกสารสรุปข้อมูลก่อนการเยือน…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="236"/>
        <source>A one- to two-page briefing on a partner or an activity, as Word or PDF</source>
        <translation>เอกสารสรุปข้อมูลพันธมิตรหรือกิจกรรม 1–2 หน้า เป็นไฟล์ Word หรือ PDF</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="238"/>
        <source>Add reminders to my &amp;calendar…</source>
        <translation>เพิ่มการแจ้งเตือนลงในปฏิทินของฉัน…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="239"/>
        <source>Agreement expiries (reminders 180, 90 and 30 days before) and upcoming activities as an .ics file for Outlook, Google or Thunderbird</source>
        <translation>วันสิ้นสุดความตกลง (แจ้งเตือนล่วงหน้า 180, 90 และ 30 วัน) และกิจกรรมที่กำลังจะมาถึง เป็นไฟล์ .ics สำหรับ Outlook, Google หรือ Thunderbird</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="241"/>
        <source>&amp;Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="243"/>
        <source>Print what this page shows</source>
        <translation>พิมพ์สิ่งที่แสดงอยู่ในหน้านี้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="244"/>
        <source>Print pre&amp;view…</source>
        <translation>ดูตัวอย่างก่อนพิมพ์…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="266"/>
        <source>This list, as shown (%1 rows)</source>
        <translation>รายการนี้ตามที่แสดง (%1 แถว)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="269"/>
        <source>The selected record&apos;s details</source>
        <translation>รายละเอียดของรายการที่เลือก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="271"/>
        <source>The briefing on the selected %1</source>
        <translation>เอกสารสรุปข้อมูลของ%1ที่เลือก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="275"/>
        <source>The map, as shown</source>
        <translation>แผนที่ตามที่แสดง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="277"/>
        <source>The graph, as shown</source>
        <translation>แผนภาพเครือข่ายตามที่แสดง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="312"/>
        <location filename="../../bkk_relations/ui/document_actions.py" line="325"/>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="315"/>
        <source>Nothing to print yet.</source>
        <translation>ยังไม่มีสิ่งที่จะพิมพ์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="325"/>
        <source>Print preview</source>
        <translation>ดูตัวอย่างก่อนพิมพ์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="327"/>
        <source>What would you like to print?</source>
        <translation>ต้องการพิมพ์อะไร</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="362"/>
        <source>Add reminders to my calendar</source>
        <translation>เพิ่มการแจ้งเตือนลงในปฏิทินของฉัน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="363"/>
        <source>Calendar file (*.ics)</source>
        <translation>ไฟล์ปฏิทิน (*.ics)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="374"/>
        <source>Writing the calendar…</source>
        <translation>กำลังเขียนไฟล์ปฏิทิน…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="376"/>
        <source>Cannot write the calendar</source>
        <translation>เขียนไฟล์ปฏิทินไม่ได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/document_actions.py" line="379"/>
        <source>Saved %1: %2 agreement expiries with reminders, %3 activities. Open it with Outlook, Google Calendar or Thunderbird; importing a newer file updates the events.</source>
        <translation>บันทึก %1 แล้ว: วันสิ้นสุดความตกลง %2 รายการพร้อมการแจ้งเตือน กิจกรรม %3 รายการ เปิดด้วย Outlook, Google Calendar หรือ Thunderbird การนำเข้าไฟล์ที่ใหม่กว่าจะปรับปรุงนัดหมายเดิม</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="132"/>
        <source>Export failed</source>
        <translation>ส่งออกไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="78"/>
        <source>Exported %1 rows to %2</source>
        <translation>ส่งออก %1 แถวไปยัง %2 แล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="72"/>
        <source>Exporting</source>
        <translation>การส่งออก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="86"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>เวิร์กบุ๊ก Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="87"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV แบบ UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="121"/>
        <source>Export list</source>
        <translation>ส่งออกรายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="129"/>
        <source>Exporting…</source>
        <translation>กำลังส่งออก…</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="83"/>
        <source>Choose the file</source>
        <translation>เลือกแฟ้ม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="84"/>
        <source>An Excel workbook (.xlsx or the older .xls), an OpenDocument spreadsheet (.ods) or a CSV file, in English or Thai.</source>
        <translation>สมุดงาน Excel (.xlsx หรือ .xls รุ่นเก่า) สเปรดชีต OpenDocument (.ods) หรือไฟล์ CSV เป็นภาษาอังกฤษหรือภาษาไทย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="94"/>
        <source>Browse…</source>
        <translation>เรียกดู…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="101"/>
        <source>&amp;Records to import</source>
        <translation>รายการที่จะนำเข้า (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="102"/>
        <source>&amp;File</source>
        <translation>แฟ้ม (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="109"/>
        <source>Import from</source>
        <translation>นำเข้าจาก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="110"/>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv);;All files (*)</source>
        <translation>สเปรดชีต (*.xlsx *.xls *.ods *.csv);;ทุกไฟล์ (*)</translation>
    </message>
</context>
<context>
    <name>GraphPage</name>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="118"/>
        <source>Reading the relationship graph</source>
        <translation>การอ่านกราฟความสัมพันธ์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="119"/>
        <source>Drawing the relationship graph</source>
        <translation>การวาดกราฟความสัมพันธ์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="128"/>
        <source>PNG picture</source>
        <translation>ภาพ PNG</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="129"/>
        <source>SVG picture</source>
        <translation>ภาพ SVG</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="130"/>
        <source>PDF document</source>
        <translation>เอกสาร PDF</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="131"/>
        <source>GraphML (Gephi, yEd)</source>
        <translation>GraphML (Gephi, yEd)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="132"/>
        <source>GEXF (Gephi)</source>
        <translation>GEXF (Gephi)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="133"/>
        <source>Excel workbook</source>
        <translation>เวิร์กบุ๊ก Excel</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="134"/>
        <source>Slide, 16:9 PNG (1920 × 1080)</source>
        <translation>สไลด์ 16:9 แบบ PNG (1920 × 1080)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="135"/>
        <source>Slide, 16:9 PDF</source>
        <translation>สไลด์ 16:9 แบบ PDF</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="224"/>
        <source>Group partners by country or region into one node each; a big network opens grouped</source>
        <translation>รวมคู่ความร่วมมือตามประเทศหรือภูมิภาคเป็นจุดเดียว เครือข่ายขนาดใหญ่จะเปิดแบบจัดกลุ่ม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="232"/>
        <source>Projects</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="233"/>
        <source>Units</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="234"/>
        <source>Partners without ties</source>
        <translation>คู่ความร่วมมือที่ไม่มีความสัมพันธ์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="239"/>
        <source>depth </source>
        <translation>ความลึก </translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="241"/>
        <source>Focus on selected</source>
        <translation>เน้นเฉพาะที่เลือก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="242"/>
        <source>Show only the selected node and its neighbours</source>
        <translation>แสดงเฉพาะโหนดที่เลือกและโหนดข้างเคียง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="244"/>
        <source>Show all</source>
        <translation>แสดงทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="246"/>
        <source>Fit</source>
        <translation>พอดีหน้าจอ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="247"/>
        <source>Show the whole graph (pan: drag the background; zoom: mouse wheel)</source>
        <translation>แสดงแผนภาพเครือข่ายทั้งหมด (เลื่อน: ลากพื้นหลัง ย่อ/ขยาย: หมุนล้อเมาส์)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="249"/>
        <source>Reset positions</source>
        <translation>รีเซ็ตตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="250"/>
        <source>Forget the positions dragged in this view</source>
        <translation>ล้างตำแหน่งที่ลากย้ายไว้ในมุมมองนี้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="258"/>
        <source>Resolution of PNG pictures</source>
        <translation>ความละเอียดของภาพ PNG</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="260"/>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="277"/>
        <source>Saved views</source>
        <translation>มุมมองที่บันทึกไว้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="283"/>
        <source>any</source>
        <translation>ไม่ระบุ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="300"/>
        <source>Kind</source>
        <translation>ลักษณะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="300"/>
        <source>Region</source>
        <translation>ภูมิภาค</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="301"/>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="301"/>
        <source>Sector</source>
        <translation>สาขา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="302"/>
        <source>SDG</source>
        <translation>เป้าหมาย SDG</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="302"/>
        <source>Agreement type</source>
        <translation>ประเภทความตกลง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="303"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="314"/>
        <source>As of year</source>
        <translation>ณ ปี</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="316"/>
        <source>Only ties that existed in the chosen year; ties whose start year is not known are left out and counted</source>
        <translation>เฉพาะความสัมพันธ์ที่มีอยู่ในปีที่เลือก ความสัมพันธ์ที่ไม่ทราบปีที่เริ่มต้นจะไม่แสดงและนับจำนวนไว้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="838"/>
        <source>1 tie has no start year and is not shown</source>
        <translation>ความสัมพันธ์ 1 รายการไม่มีปีที่เริ่มต้นและไม่ได้แสดง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="839"/>
        <source>%1 ties have no start year and are not shown</source>
        <translation>ความสัมพันธ์ %1 รายการไม่มีปีที่เริ่มต้นและไม่ได้แสดง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="846"/>
        <source>%1 nodes: grouped by country so the picture stays readable. Click a group to open it, or choose “No grouping”.</source>
        <translation>%1 โหนด: จัดกลุ่มตามประเทศเพื่อให้อ่านภาพได้ คลิกกลุ่มเพื่อเปิดดู หรือเลือก “ไม่จัดกลุ่ม”</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="327"/>
        <location filename="../../bkk_relations/ui/graph_view.py" line="749"/>
        <source>Play</source>
        <translation>เล่น</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="303"/>
        <source>Goal</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="330"/>
        <source>Play the network through the years</source>
        <translation>แสดงความเปลี่ยนแปลงของเครือข่ายไล่ตามลำดับปี</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="393"/>
        <source>Key partners</source>
        <translation>คู่ความร่วมมือสำคัญ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="395"/>
        <source>ranked by</source>
        <translation>จัดอันดับตาม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="428"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="436"/>
        <source>Layout</source>
        <translation>รูปแบบการจัดวาง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="437"/>
        <source>Group</source>
        <translation>จัดกลุ่ม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="438"/>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="439"/>
        <source>Colour</source>
        <translation>สี</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="535"/>
        <source>Reading the data…</source>
        <translation>กำลังอ่านข้อมูล…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="642"/>
        <source>Laying out the graph…</source>
        <translation>กำลังจัดวางแผนภาพเครือข่าย…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="648"/>
        <location filename="../../bkk_relations/ui/graph_view.py" line="684"/>
        <source>Cancelled.</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="677"/>
        <location filename="../../bkk_relations/ui/graph_view.py" line="729"/>
        <location filename="../../bkk_relations/ui/graph_view.py" line="802"/>
        <source>Measuring the network…</source>
        <translation>กำลังคำนวณค่าชี้วัดเครือข่าย…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="693"/>
        <location filename="../../bkk_relations/ui/graph_view.py" line="795"/>
        <source>Click a node to see it beside the graph, double-click to edit it, drag to move it; hover for its ties.</source>
        <translation>คลิกโหนดเพื่อดูรายละเอียดข้างกราฟ ดับเบิลคลิกเพื่อแก้ไข ลากเพื่อย้าย ชี้เพื่อดูความสัมพันธ์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="746"/>
        <source>Pause</source>
        <translation>หยุดชั่วคราว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="823"/>
        <source>exact</source>
        <translation>ค่าแม่นตรง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="824"/>
        <source>approximate, %1 sampled sources</source>
        <translation>ค่าประมาณจากโหนดต้นทางที่สุ่มตัวอย่าง %1 โหนด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="825"/>
        <source>%1 nodes, %2 links · components: %3 · communities: %4 (modularity %5) · betweenness: %6</source>
        <translation>%1 โหนด %2 เส้นเชื่อม · ส่วนประกอบเชื่อมโยง: %3 · กลุ่มย่อย: %4 (ค่ามอดูลาริตี %5) · ความเป็นสื่อกลาง: %6</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="861"/>
        <source>%1: international relations network</source>
        <translation>%1: เครือข่ายความสัมพันธ์ระหว่างประเทศ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="868"/>
        <source>as of %1</source>
        <translation>ณ ปี %1</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="870"/>
        <source>around %1</source>
        <translation>โดยมี %1 เป็นศูนย์กลาง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="873"/>
        <source>grouped by country</source>
        <translation>จัดกลุ่มตามประเทศ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="874"/>
        <source>grouped by region</source>
        <translation>จัดกลุ่มตามภูมิภาค</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="879"/>
        <source>%1 international relations register (%2)</source>
        <translation>ทะเบียนความสัมพันธ์ระหว่างประเทศของ%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="955"/>
        <source>%1 and %2 others are not linked to the home city at all</source>
        <translation>%1 และอีก %2 รายไม่มีเส้นเชื่อมถึงเมืองที่ตั้งเลย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="957"/>
        <source>%1 is not linked to the home city at all</source>
        <translation>%1 ไม่มีเส้นเชื่อมถึงเมืองที่ตั้งเลย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="959"/>
        <source>%1 is the only link to %2 partners</source>
        <translation>%1 เป็นจุดเชื่อมเพียงจุดเดียวที่เชื่อมถึงคู่ความร่วมมือ %2 ราย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="964"/>
        <source>%1 hangs on one link to %2 (%3)</source>
        <translation>%1 เชื่อมถึงเครือข่ายผ่านเส้นเชื่อมเพียงเส้นเดียวกับ %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="967"/>
        <source>with %1 others behind it</source>
        <translation>โดยมีอีก %1 รายที่ต้องพึ่งพาเส้นเชื่อมนี้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="973"/>
        <source>Weak points</source>
        <translation>จุดเปราะบาง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="1043"/>
        <source>Opening the group…</source>
        <translation>กำลังเปิดกลุ่ม…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="1062"/>
        <source>Keeping a moved node&apos;s place</source>
        <translation>การจำตำแหน่งของโหนดที่ย้าย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="1080"/>
        <source>Resetting the positions</source>
        <translation>การล้างตำแหน่งที่จัดไว้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="1112"/>
        <source>Save this view…</source>
        <translation>บันทึกมุมมองนี้…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="1124"/>
        <source>Saved by %1 on %2</source>
        <translation>บันทึกโดย %1 เมื่อ %2</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="1128"/>
        <location filename="../../bkk_relations/ui/graph_view.py" line="1167"/>
        <location filename="../../bkk_relations/ui/graph_view.py" line="1171"/>
        <location filename="../../bkk_relations/ui/graph_view.py" line="1174"/>
        <source>Delete a saved view</source>
        <translation>ลบมุมมองที่บันทึกไว้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="1135"/>
        <location filename="../../bkk_relations/ui/graph_view.py" line="1144"/>
        <location filename="../../bkk_relations/ui/graph_view.py" line="1149"/>
        <location filename="../../bkk_relations/ui/graph_view.py" line="1154"/>
        <location filename="../../bkk_relations/ui/graph_view.py" line="1158"/>
        <source>Save this view</source>
        <translation>บันทึกมุมมองนี้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="1136"/>
        <source>Name of the view:</source>
        <translation>ชื่อมุมมอง:</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="1150"/>
        <source>A view called “%1” exists already. Replace it?</source>
        <translation>มีมุมมองชื่อ “%1” อยู่แล้ว ต้องการแทนที่หรือไม่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="1163"/>
        <source>Saved the view “%1”.</source>
        <translation>บันทึกมุมมอง “%1” แล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="1168"/>
        <source>Delete the saved view “%1”? The records are not touched.</source>
        <translation>ลบมุมมอง “%1” หรือไม่ ข้อมูลในทะเบียนจะไม่ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="1183"/>
        <source>Open a saved view</source>
        <translation>เปิดมุมมองที่บันทึกไว้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="1229"/>
        <source>Export the graph</source>
        <translation>ส่งออกแผนภาพเครือข่าย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="1269"/>
        <source>Export failed</source>
        <translation>ส่งออกไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_view.py" line="1273"/>
        <source>Saved %1</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="332"/>
        <source>Row</source>
        <translation>แถว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="333"/>
        <source>Record</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="334"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="335"/>
        <source>Action</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="336"/>
        <source>Existing record</source>
        <translation>รายการที่มีอยู่เดิม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="337"/>
        <source>Problems</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="338"/>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="397"/>
        <source>New</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="398"/>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="405"/>
        <source>Update existing</source>
        <translation>ปรับปรุงรายการเดิม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="399"/>
        <source>Possible duplicate</source>
        <translation>อาจซ้ำกับรายการเดิม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="400"/>
        <source>Empty (skipped)</source>
        <translation>ว่าง (ข้าม)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="404"/>
        <source>Create new</source>
        <translation>สร้างรายการใหม่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="406"/>
        <source>Skip</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="622"/>
        <source>Import from Excel or CSV</source>
        <translation>นำเข้าจาก Excel หรือ CSV</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="649"/>
        <source>Something went wrong: %1</source>
        <translation>เกิดข้อผิดพลาด: %1</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="654"/>
        <source>Importing</source>
        <translation>การนำเข้า</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="657"/>
        <source>Reading the file</source>
        <translation>การอ่านไฟล์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="688"/>
        <source>Undo last import</source>
        <translation>เลิกทำการนำเข้าครั้งล่าสุด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="691"/>
        <source>There is no import to undo.</source>
        <translation>ไม่มีการนำเข้าที่สามารถเลิกทำได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="693"/>
        <source>Undo the import of %1 (%2) made %3 by %4?</source>
        <translation>ต้องการเลิกทำการนำเข้า%1 (%2) ที่ทำเมื่อ %3 โดย %4 หรือไม่?</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="709"/>
        <source>Undoing the import…</source>
        <translation>กำลังเลิกทำการนำเข้า…</translation>
    </message>
</context>
<context>
    <name>KeyPartnersModel</name>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="61"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="61"/>
        <source>Weighted ties</source>
        <translation>ความสัมพันธ์ถ่วงน้ำหนัก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="62"/>
        <source>Kind</source>
        <translation>ลักษณะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="62"/>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="63"/>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="63"/>
        <source>Ties</source>
        <translation>ความสัมพันธ์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="64"/>
        <source>Weighted</source>
        <translation>ถ่วงน้ำหนัก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="65"/>
        <source>Betweenness</source>
        <translation>ความเป็นสื่อกลาง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="66"/>
        <source>Eigenvector</source>
        <translation>ไอเกนเวกเตอร์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="86"/>
        <source>Partners with the same value are ordered by their weighted ties: an agreement in force counts 3, a project 2, an activity of the last %1 years 1.</source>
        <translation>คู่ความร่วมมือที่มีค่าเท่ากันเรียงตามความสัมพันธ์ถ่วงน้ำหนัก: ความตกลงที่มีผลนับ 3 โครงการนับ 2 กิจกรรมใน %1 ปีล่าสุดนับ 1</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="101"/>
        <source>(shared: the weighted ties decide)</source>
        <translation>(ค่าเท่ากัน: ตัดสินด้วยความสัมพันธ์ถ่วงน้ำหนัก)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="102"/>
        <source>weighted ties %1</source>
        <translation>ความสัมพันธ์ถ่วงน้ำหนัก %1</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="108"/>
        <source>1 agreement in force</source>
        <translation>ความตกลงที่มีผล 1 ฉบับ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="109"/>
        <source>%1 agreements in force</source>
        <translation>ความตกลงที่มีผล %1 ฉบับ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="111"/>
        <source>1 project</source>
        <translation>โครงการ 1 โครงการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="111"/>
        <source>%1 projects</source>
        <translation>โครงการ %1 โครงการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="113"/>
        <source>1 recent activity</source>
        <translation>กิจกรรมล่าสุด 1 รายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="113"/>
        <source>%1 recent activities</source>
        <translation>กิจกรรมล่าสุด %1 รายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="116"/>
        <source>no agreement in force, project or recent activity</source>
        <translation>ไม่มีความตกลงที่มีผล โครงการ หรือกิจกรรมล่าสุด</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="113"/>
        <source>Filter this list (English or Thai)…</source>
        <translation>กรองรายการ (ภาษาอังกฤษหรือภาษาไทย)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="146"/>
        <source>Years</source>
        <translation>ปี</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="184"/>
        <source>Click to sort; right-click to choose columns</source>
        <translation>คลิกเพื่อเรียงลำดับ คลิกขวาเพื่อเลือกคอลัมน์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="240"/>
        <source>any</source>
        <translation>ไม่ระบุ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="241"/>
        <source>Year, in the calendar chosen in Settings</source>
        <translation>ปีตามศักราชที่เลือกไว้ในการตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="251"/>
        <source>All kinds</source>
        <translation>ทุกลักษณะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="251"/>
        <source>All statuses</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="252"/>
        <source>All regions</source>
        <translation>ทุกภูมิภาค</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="252"/>
        <source>All types</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="253"/>
        <source>All sectors</source>
        <translation>ทุกสาขา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="253"/>
        <source>All SDGs</source>
        <translation>ทุกเป้าหมาย SDG</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="254"/>
        <source>All countries</source>
        <translation>ทุกประเทศ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="338"/>
        <source>%1 of %2 shown</source>
        <translation>แสดง %1 จาก %2 รายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="465"/>
        <source>Cannot open the attachment</source>
        <translation>ไม่สามารถเปิดไฟล์แนบได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="480"/>
        <source>Remove the attachment</source>
        <translation>นำไฟล์แนบออก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="481"/>
        <source>Remove &apos;%1&apos; from this record? Its file is deleted unless another record uses it; the record&apos;s history keeps a note of it.</source>
        <translation>นำ &apos;%1&apos; ออกจากรายการนี้หรือไม่ ไฟล์จะถูกลบ เว้นแต่รายการอื่นยังใช้อยู่ ประวัติของรายการจะบันทึกไว้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="477"/>
        <source>Cannot remove the attachment</source>
        <translation>นำไฟล์แนบออกไม่ได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="124"/>
        <source>Click to show the records of every goal</source>
        <translation>คลิกเพื่อแสดงรายการของทุกเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="136"/>
        <source>Overdue only</source>
        <translation>เฉพาะที่เกินกำหนด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="138"/>
        <source>Actions still to do whose due date has passed (a month or a year is due by its last day)</source>
        <translation>เรื่องที่ยังต้องดำเนินการซึ่งเลยกำหนดแล้ว (กำหนดเป็นเดือนหรือปี ถือวันสุดท้ายของเดือนหรือปีนั้น)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="254"/>
        <source>All units</source>
        <translation>ทุกหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="256"/>
        <source>All stages</source>
        <translation>ทุกขั้น</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="307"/>
        <source>Goal: %1  ✕</source>
        <translation>เป้าหมาย: %1  ✕</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="486"/>
        <source>Removing the attachment</source>
        <translation>การนำไฟล์แนบออก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="493"/>
        <source>Choose a record to see its details.</source>
        <translation>เลือกรายการเพื่อดูรายละเอียด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="533"/>
        <source>Effective from</source>
        <translation>มีผลตั้งแต่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="534"/>
        <source>Done on</source>
        <translation>ดำเนินการเสร็จเมื่อ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="535"/>
        <source>Learned on</source>
        <translation>เรียนรู้เมื่อ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="536"/>
        <source>Piloted on</source>
        <translation>นำร่องเมื่อ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="537"/>
        <source>Scaled up on</source>
        <translation>ขยายผลเมื่อ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="542"/>
        <source>%1 days past its due date</source>
        <translation>เลยกำหนดมาแล้ว %1 วัน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="543"/>
        <source>Overdue</source>
        <translation>เกินกำหนด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="544"/>
        <source>Sectors</source>
        <translation>สาขา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="544"/>
        <source>SDGs</source>
        <translation>SDGs</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="545"/>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="555"/>
        <source>Website</source>
        <translation>เว็บไซต์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="555"/>
        <source>Signatories</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="556"/>
        <source>Renewal terms</source>
        <translation>เงื่อนไขการต่ออายุ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="557"/>
        <source>Funding source</source>
        <translation>แหล่งงบประมาณ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="558"/>
        <source>Description</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="559"/>
        <source>Result</source>
        <translation>ผลการดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="560"/>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="560"/>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="561"/>
        <source>Outcomes</source>
        <translation>ผลการดำเนินงาน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="561"/>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="562"/>
        <source>Source</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="568"/>
        <source>Add follow-up action…</source>
        <translation>เพิ่มเรื่องที่ต้องติดตาม…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="572"/>
        <source>Linked records</source>
        <translation>รายการที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="587"/>
        <source>focal point</source>
        <translation>ผู้ประสานงานหลัก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="595"/>
        <source>Attachments</source>
        <translation>ไฟล์แนบ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="597"/>
        <source>remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="607"/>
        <source>History</source>
        <translation>ประวัติการแก้ไข</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="147"/>
        <source>Dashboard</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="170"/>
        <source>Strategy</source>
        <translation>ยุทธศาสตร์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="171"/>
        <source>Graph</source>
        <translation>แผนภาพเครือข่าย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="172"/>
        <source>Map</source>
        <translation>แผนที่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="177"/>
        <source>Trash</source>
        <translation>ถังขยะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="179"/>
        <source>Search results</source>
        <translation>ผลการค้นหา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="197"/>
        <source>Read-only</source>
        <translation>อ่านอย่างเดียว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="202"/>
        <source>Network drive</source>
        <translation>ไดรฟ์เครือข่าย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="251"/>
        <location filename="../../bkk_relations/ui/main_window.py" line="492"/>
        <source> (read-only)</source>
        <translation> (อ่านอย่างเดียว)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="265"/>
        <source>Your login may only read this database: you can look, search, see the graph and export, but not change anything.</source>
        <translation>บัญชีผู้ใช้ของคุณอ่านฐานข้อมูลนี้ได้อย่างเดียว: ดู ค้นหา ดูแผนภาพเครือข่าย และส่งออกได้ แต่แก้ไขข้อมูลไม่ได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="267"/>
        <source>This file is read-only: you can look, search, see the graph and export, but not change anything.</source>
        <translation>แฟ้มนี้เปิดแบบอ่านอย่างเดียว: ดู ค้นหา ดูแผนภาพเครือข่าย และส่งออกได้ แต่แก้ไขข้อมูลไม่ได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="269"/>
        <source>The server&apos;s backups are made on the server by the office&apos;s IT person</source>
        <translation>การสำรองข้อมูลของเซิร์ฟเวอร์ทำบนเซิร์ฟเวอร์โดยเจ้าหน้าที่ไอทีของสำนักงาน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="289"/>
        <source>This file is on a network drive (%1). Two people editing it at the same time can lose changes or damage it there: keep the register on your own disk, or use the office&apos;s shared server.</source>
        <translation>แฟ้มนี้อยู่บนไดรฟ์เครือข่าย (%1) หากมีสองคนแก้ไขพร้อมกันบนไดรฟ์นี้ อาจทำให้การเปลี่ยนแปลงสูญหายหรือแฟ้มเสียหายได้ ควรเก็บทะเบียนไว้ในดิสก์ของเครื่องคุณเอง หรือใช้เซิร์ฟเวอร์กลางของสำนักงาน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="326"/>
        <source>&amp;New database…</source>
        <translation>ฐานข้อมูลใหม่ (&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="327"/>
        <source>&amp;Open…</source>
        <translation>เปิด (&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="329"/>
        <source>&amp;Connect to server…</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์ (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="330"/>
        <source>Open the office&apos;s shared database on its PostgreSQL server</source>
        <translation>เปิดฐานข้อมูลกลางของสำนักงานบนเซิร์ฟเวอร์ PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="332"/>
        <source>Add a checked backup to the backups folder beside the database; it is kept until you delete it</source>
        <translation>สร้างข้อมูลสำรองที่ผ่านการตรวจสอบแล้วไว้ในโฟลเดอร์สำรองข้อมูลข้างแฟ้มฐานข้อมูล และเก็บไว้จนกว่าคุณจะลบเอง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="336"/>
        <source>Save a verified copy of the database</source>
        <translation>บันทึกสำเนาฐานข้อมูลที่ผ่านการตรวจสอบแล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="337"/>
        <source>Res&amp;tore from backup…</source>
        <translation>กู้คืนจากข้อมูลสำรอง (&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="338"/>
        <source>E&amp;xport this list…</source>
        <translation>ส่งออกรายการนี้ (&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="340"/>
        <source>Save the list as shown (filters, sort, columns) to Excel or CSV</source>
        <translation>บันทึกรายการตามที่แสดงอยู่ (ตัวกรอง การเรียงลำดับ คอลัมน์) เป็น Excel หรือ CSV</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="342"/>
        <source>&amp;Reports…</source>
        <translation>รายงาน (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="346"/>
        <source>&amp;Import from Excel or CSV…</source>
        <translation>นำเข้าจาก Excel หรือ CSV (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="348"/>
        <source>U&amp;ndo last import…</source>
        <translation>เลิกทำการนำเข้าครั้งล่าสุด (&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="349"/>
        <source>&amp;Attach file…</source>
        <translation>แนบไฟล์ (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="350"/>
        <source>Attach a file (scan, report, photo) to the selected record</source>
        <translation>แนบไฟล์ (ภาพสแกน รายงาน ภาพถ่าย) กับรายการที่เลือก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="353"/>
        <source>&amp;Settings…</source>
        <translation>การตั้งค่า (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="354"/>
        <source>E&amp;xit</source>
        <translation>ออกจากโปรแกรม (&amp;X)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="355"/>
        <source>&amp;File</source>
        <translation>แฟ้ม (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="359"/>
        <source>Open &amp;recent</source>
        <translation>เปิดแฟ้มล่าสุด (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="373"/>
        <source>&amp;New record…</source>
        <translation>เพิ่มรายการใหม่ (&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="374"/>
        <source>Add a record to this list (Ctrl+N)</source>
        <translation>เพิ่มรายการใหม่ในหน้านี้ (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="375"/>
        <source>&amp;Edit record…</source>
        <translation>แก้ไขรายการ (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="376"/>
        <source>Edit the selected record (Ctrl+E or Enter)</source>
        <translation>แก้ไขรายการที่เลือก (Ctrl+E หรือ Enter)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="377"/>
        <source>&amp;Delete</source>
        <translation>ลบ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="379"/>
        <source>Move the selected record to the trash (Del)</source>
        <translation>ย้ายรายการที่เลือกไปยังถังขยะ (Del)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="380"/>
        <source>&amp;Undo delete</source>
        <translation>เลิกทำการลบ (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="382"/>
        <source>Bring back the record just deleted (Ctrl+Z)</source>
        <translation>นำรายการที่เพิ่งลบกลับคืนมา (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="384"/>
        <source>&amp;Find…</source>
        <translation>ค้นหา (&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="385"/>
        <source>Search every record (Ctrl+F)</source>
        <translation>ค้นหาจากทุกรายการ (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="387"/>
        <source>Add &amp;follow-up action…</source>
        <translation>เพิ่มเรื่องที่ต้องติดตาม (&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="388"/>
        <source>Record what was agreed at the selected activity or in the selected agreement: its partners and goals are filled in</source>
        <translation>บันทึกสิ่งที่ตกลงกันในกิจกรรมหรือความตกลงที่เลือก โดยกรอกคู่ความร่วมมือและเป้าหมายให้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="390"/>
        <source>&amp;Edit</source>
        <translation>แก้ไข (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="395"/>
        <source>&amp;Refresh</source>
        <translation>รีเฟรช (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="397"/>
        <source>Read the data again (F5)</source>
        <translation>โหลดข้อมูลใหม่อีกครั้ง (F5)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="398"/>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="406"/>
        <source>&amp;Help</source>
        <translation>วิธีใช้ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="407"/>
        <source>&amp;About</source>
        <translation>เกี่ยวกับ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="418"/>
        <source>Main</source>
        <translation>แถบเครื่องมือหลัก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="427"/>
        <source>Search everything (Ctrl+F)…</source>
        <translation>ค้นหาทั้งหมด (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="428"/>
        <source>Type at least three letters, Thai or English; Enter opens the first result</source>
        <translation>พิมพ์อย่างน้อยสามตัวอักษร (ภาษาไทยหรือภาษาอังกฤษ) กด Enter เพื่อเปิดผลลัพธ์แรก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="482"/>
        <source>Updated with changes saved by another user.</source>
        <translation>ปรับปรุงข้อมูลตามการแก้ไขที่ผู้ใช้อื่นบันทึกไว้แล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="505"/>
        <source>That record is in the Trash; restore it to use it again.</source>
        <translation>รายการนี้อยู่ในถังขยะ กู้คืนก่อนจึงจะใช้งานได้อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="507"/>
        <source>That record is no longer available.</source>
        <translation>ไม่พบรายการดังกล่าวแล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="524"/>
        <source>The list&apos;s filter hides that record; clear the filter to see it.</source>
        <translation>ตัวกรองของรายการซ่อนข้อมูลนี้อยู่ ล้างตัวกรองเพื่อดูข้อมูล</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="547"/>
        <location filename="../../bkk_relations/ui/main_window.py" line="565"/>
        <source>Cannot open the record</source>
        <translation>ไม่สามารถเปิดรายการได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="595"/>
        <source>Saved.</source>
        <translation>บันทึกเรียบร้อยแล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="607"/>
        <source>Cannot delete</source>
        <translation>ไม่สามารถลบได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="681"/>
        <source>bkk_relations databases (*.db *.sqlite);;All files (*)</source>
        <translation>ฐานข้อมูล bkk_relations (*.db *.sqlite);;แฟ้มทั้งหมด (*)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="684"/>
        <source>Open database</source>
        <translation>เปิดฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="690"/>
        <source>New database</source>
        <translation>สร้างฐานข้อมูลใหม่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="698"/>
        <source>Cannot create the file</source>
        <translation>ไม่สามารถสร้างแฟ้มได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="741"/>
        <source>Upgrade cancelled; %1 was left as it was.</source>
        <translation>ยกเลิกการปรับรุ่นแล้ว %1 ยังคงเหมือนเดิมทุกประการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="747"/>
        <source>Cannot open the file</source>
        <translation>ไม่สามารถเปิดแฟ้มได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="777"/>
        <source>Attach files</source>
        <translation>แนบไฟล์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="794"/>
        <source>Attached under another name</source>
        <translation>แนบไฟล์ด้วยชื่ออื่น</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="795"/>
        <source>These files were attached under a name every computer can save (short enough, without characters Windows does not allow):</source>
        <translation>ไฟล์เหล่านี้ถูกแนบด้วยชื่อที่คอมพิวเตอร์ทุกเครื่องบันทึกได้ (ยาวไม่เกินกำหนด และไม่มีอักขระที่ Windows ไม่อนุญาต):</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="815"/>
        <source>The import was undone.</source>
        <translation>เลิกทำการนำเข้าเรียบร้อยแล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="331"/>
        <source>&amp;Backup now</source>
        <translation>สำรองข้อมูลทันที (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="335"/>
        <source>Save a backup &amp;as…</source>
        <translation>บันทึกข้อมูลสำรองเป็น (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="343"/>
        <source>Partner list, agreement register, project portfolio, activity log, follow-up tracker, lessons, partner profile</source>
        <translation>รายชื่อคู่ความร่วมมือ ทะเบียนความตกลง ประมวลโครงการ บันทึกกิจกรรม ติดตามเรื่องที่ต้องดำเนินการ บทเรียน โปรไฟล์คู่ความร่วมมือ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="613"/>
        <source>Moving to the Trash</source>
        <translation>การย้ายไปถังขยะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="619"/>
        <source>“%1” moved to the Trash. Press Ctrl+Z to undo.</source>
        <translation>ย้าย “%1” ไปยังถังขยะแล้ว กด Ctrl+Z เพื่อเลิกทำ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="625"/>
        <source>Move to the Trash</source>
        <translation>ย้ายไปยังถังขยะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="630"/>
        <source>Move “%1” to the Trash anyway? Those records keep their link to it, shown as “%2”, and Ctrl+Z brings it back.</source>
        <translation>ยืนยันย้าย “%1” ไปยังถังขยะหรือไม่ รายการเหล่านั้นยังคงเชื่อมโยงอยู่ โดยแสดงเป็น “%2” และกด Ctrl+Z เพื่อนำกลับมาได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="633"/>
        <source>&amp;Move to the Trash</source>
        <translation>ย้ายไปยังถังขยะ (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="643"/>
        <source>Bringing back from the Trash</source>
        <translation>การนำกลับจากถังขยะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="785"/>
        <source>Attaching %1</source>
        <translation>การแนบ %1</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="830"/>
        <source>About bkk_relations</source>
        <translation>เกี่ยวกับ bkk_relations</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="831"/>
        <source>&lt;b&gt;bkk_relations&lt;/b&gt; %1&lt;br&gt;International relations register for a city&apos;s foreign affairs office.</source>
        <translation>&lt;b&gt;bkk_relations&lt;/b&gt; %1&lt;br&gt;ระบบทะเบียนข้อมูลความสัมพันธ์ระหว่างประเทศสำหรับหน่วยงานด้านการต่างประเทศของเมือง</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../bkk_relations/ui/map_view.py" line="69"/>
        <source>Reading the map</source>
        <translation>การอ่านแผนที่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/map_view.py" line="70"/>
        <source>Drawing the map</source>
        <translation>การวาดแผนที่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/map_view.py" line="73"/>
        <source>PNG picture</source>
        <translation>รูปภาพ PNG</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/map_view.py" line="74"/>
        <source>SVG picture</source>
        <translation>รูปภาพ SVG</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/map_view.py" line="75"/>
        <source>PDF document</source>
        <translation>เอกสาร PDF</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/map_view.py" line="129"/>
        <source>any</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/map_view.py" line="131"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/map_view.py" line="133"/>
        <source>Region</source>
        <translation>ภูมิภาค</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/map_view.py" line="135"/>
        <source>Sector</source>
        <translation>สาขา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/map_view.py" line="137"/>
        <source>SDG</source>
        <translation>SDG</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/map_view.py" line="139"/>
        <source>Agreement type</source>
        <translation>ประเภทความตกลง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/map_view.py" line="141"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/map_view.py" line="151"/>
        <source>Partners without ties</source>
        <translation>พันธมิตรที่ไม่มีความสัมพันธ์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/map_view.py" line="154"/>
        <source>As of year</source>
        <translation>ณ ปี</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/map_view.py" line="156"/>
        <source>Only ties that existed in the chosen year</source>
        <translation>เฉพาะความสัมพันธ์ที่มีอยู่ในปีที่เลือก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/map_view.py" line="166"/>
        <source>Fit</source>
        <translation>แสดงทั้งโลก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/map_view.py" line="167"/>
        <source>Show the whole world (pan: drag; zoom: mouse wheel)</source>
        <translation>แสดงแผนที่ทั้งโลก (เลื่อน: ลาก ย่อ/ขยาย: ล้อเมาส์)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/map_view.py" line="172"/>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/map_view.py" line="209"/>
        <source>Reading the partners…</source>
        <translation>กำลังอ่านข้อมูลพันธมิตร…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/map_view.py" line="235"/>
        <source>Drawing the map…</source>
        <translation>กำลังวาดแผนที่…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/map_view.py" line="249"/>
        <source>%1 partners on the map, %2 of them tied to the home city. Hollow markers: %3 partners without coordinates, placed at the middle of their country.</source>
        <translation>พันธมิตรบนแผนที่ %1 ราย มีความสัมพันธ์กับเมืองหลัก %2 ราย จุดกลวง: พันธมิตร %3 รายที่ไม่มีพิกัด จึงแสดงไว้ที่กึ่งกลางประเทศ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/map_view.py" line="256"/>
        <source>Not on the map (no coordinates and no country): %1 (%2)</source>
        <translation>ไม่แสดงบนแผนที่ (ไม่มีพิกัดและไม่ระบุประเทศ): %1 ราย (%2)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/map_view.py" line="292"/>
        <source>%1: partners around the world</source>
        <translation>%1: พันธมิตรทั่วโลก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/map_view.py" line="297"/>
        <source>as of %1</source>
        <translation>ณ ปี %1</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/map_view.py" line="305"/>
        <source>Data as of %1 · Natural Earth 1:110m · bkk_relations</source>
        <translation>ข้อมูล ณ วันที่ %1 · Natural Earth 1:110m · bkk_relations</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/map_view.py" line="358"/>
        <source>Export the map</source>
        <translation>ส่งออกแผนที่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/map_view.py" line="384"/>
        <source>Cannot write &apos;%1&apos;; use .png, .svg or .pdf.</source>
        <translation>เขียนไฟล์ &apos;%1&apos; ไม่ได้ โปรดใช้ .png, .svg หรือ .pdf</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/map_view.py" line="387"/>
        <source>Export failed</source>
        <translation>ส่งออกไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/map_view.py" line="391"/>
        <source>Saved %1</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/map_view.py" line="410"/>
        <source>The picture could not be written.</source>
        <translation>เขียนไฟล์รูปภาพไม่ได้</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="187"/>
        <source>Match the columns to fields</source>
        <translation>จับคู่คอลัมน์กับช่องข้อมูล</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="188"/>
        <source>Columns are matched by their headers (English or Thai); change any that are wrong, or ignore a column.</source>
        <translation>ระบบจับคู่คอลัมน์ตามหัวคอลัมน์ (ภาษาอังกฤษหรือภาษาไทย) แก้ไขคู่ที่ไม่ถูกต้อง หรือเลือกไม่ใช้คอลัมน์นั้น</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="192"/>
        <source>Column in the file</source>
        <translation>คอลัมน์ในแฟ้ม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="193"/>
        <source>Example</source>
        <translation>ตัวอย่าง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="193"/>
        <source>Field</source>
        <translation>ช่องข้อมูล</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="194"/>
        <source>Match</source>
        <translation>การจับคู่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="231"/>
        <source>— ignore —</source>
        <translation>— ไม่ใช้ —</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="250"/>
        <source>Required: %1</source>
        <translation>ต้องระบุ: %1</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="259"/>
        <source>chosen</source>
        <translation>เลือกเอง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="261"/>
        <source>exact</source>
        <translation>ตรงทุกตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="263"/>
        <source>by meaning, %1%</source>
        <translation>ตามความหมาย %1%</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="264"/>
        <source>The header&apos;s words name this field; check that it is the right one.</source>
        <translation>คำในหัวคอลัมน์ตรงกับช่องข้อมูลนี้ โปรดตรวจสอบว่าถูกต้อง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="283"/>
        <source>Each field can take one column only: %1</source>
        <translation>แต่ละช่องข้อมูลจับคู่ได้เพียงคอลัมน์เดียว: %1</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="287"/>
        <source>Choose a column for: %1</source>
        <translation>กรุณาเลือกคอลัมน์สำหรับ: %1</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../bkk_relations/ui/operations.py" line="76"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>ยกเลิกแล้ว ไม่มีสิ่งใดถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/operations.py" line="361"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/operations.py" line="364"/>
        <source>Please wait</source>
        <translation>โปรดรอสักครู่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/operations.py" line="259"/>
        <location filename="../../bkk_relations/ui/operations.py" line="409"/>
        <source>%1 failed: %2</source>
        <translation>%1 ไม่สำเร็จ: %2</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/operations.py" line="424"/>
        <source>%1 failed.</source>
        <translation>%1 ไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/operations.py" line="426"/>
        <source>Details were written to %1.</source>
        <translation>รายละเอียดถูกบันทึกไว้ที่ %1</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/operations.py" line="432"/>
        <source>Something went wrong</source>
        <translation>เกิดข้อผิดพลาด</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="430"/>
        <source>Check the rows</source>
        <translation>ตรวจสอบแถวข้อมูล</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="431"/>
        <source>Nothing is imported while any row has a problem: correct the file, or skip those rows. For duplicates, choose what to do.</source>
        <translation>จะไม่มีการนำเข้าข้อมูลใด ๆ ตราบที่ยังมีแถวที่มีปัญหา: แก้ไขแฟ้ม หรือข้ามแถวเหล่านั้น สำหรับรายการที่อาจซ้ำ ให้เลือกวิธีดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="434"/>
        <source>&amp;Import</source>
        <translation>นำเข้า (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="441"/>
        <source>All rows</source>
        <translation>ทุกแถว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="442"/>
        <source>Rows with problems</source>
        <translation>แถวที่มีปัญหา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="443"/>
        <source>Duplicates and updates</source>
        <translation>รายการที่อาจซ้ำและรายการที่จะปรับปรุง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="445"/>
        <source>Skip all rows with problems</source>
        <translation>ข้ามทุกแถวที่มีปัญหา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="474"/>
        <source>Reading and checking every row…</source>
        <translation>กำลังอ่านและตรวจสอบทุกแถว…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="514"/>
        <source>%1 rows: %2 new, %3 update existing, %4 possible duplicates, %5 to skip.</source>
        <translation>ทั้งหมด %1 แถว: ใหม่ %2 ปรับปรุงรายการเดิม %3 อาจซ้ำ %4 ข้าม %5</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="522"/>
        <source>%1 problems: nothing can be imported until they are solved.</source>
        <translation>พบปัญหา %1 รายการ: ไม่สามารถนำเข้าได้จนกว่าจะแก้ไขปัญหาทั้งหมด</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../bkk_relations/ui/printing.py" line="229"/>
        <source>This list has %1 rows, about %2 pages. Narrow it with the filters, or export it to Excel (File → Export this list…) and print from there.</source>
        <translation>รายการนี้มี %1 แถว ประมาณ %2 หน้า โปรดใช้ตัวกรองให้รายการสั้นลง หรือส่งออกเป็น Excel (แฟ้ม → ส่งออกรายการนี้…) แล้วพิมพ์จาก Excel</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/printing.py" line="245"/>
        <source>%1 of %2 records</source>
        <translation>%1 จาก %2 รายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/printing.py" line="274"/>
        <source>Filters: %1</source>
        <translation>ตัวกรอง: %1</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/printing.py" line="286"/>
        <source>Relationship graph</source>
        <translation>แผนภาพเครือข่ายความสัมพันธ์</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../scripts/qt_strings.py" line="33"/>
        <source>&amp;Undo</source>
        <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="34"/>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="35"/>
        <source>Cu&amp;t</source>
        <translation>ตัด (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="36"/>
        <source>&amp;Copy</source>
        <translation>คัดลอก (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="37"/>
        <source>&amp;Paste</source>
        <translation>วาง (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="38"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="39"/>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../scripts/qt_strings.py" line="31"/>
        <source>Show Details...</source>
        <translation>แสดงรายละเอียด...</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="32"/>
        <source>Hide Details...</source>
        <translation>ซ่อนรายละเอียด...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../scripts/qt_strings.py" line="8"/>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="9"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="10"/>
        <source>Save All</source>
        <translation>บันทึกทั้งหมด</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="11"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="12"/>
        <source>&amp;Yes</source>
        <translation>ใช่ (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="13"/>
        <source>Yes to &amp;All</source>
        <translation>ใช่ทั้งหมด (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="14"/>
        <source>&amp;No</source>
        <translation>ไม่ใช่ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="15"/>
        <source>N&amp;o to All</source>
        <translation>ไม่ใช่ทั้งหมด (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="16"/>
        <source>Abort</source>
        <translation>ยกเลิกการทำงาน</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="17"/>
        <source>Retry</source>
        <translation>ลองใหม่</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="18"/>
        <source>Ignore</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="19"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="20"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="21"/>
        <source>Discard</source>
        <translation>ไม่บันทึก</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="22"/>
        <source>Help</source>
        <translation>วิธีใช้</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="23"/>
        <source>Apply</source>
        <translation>ใช้</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="24"/>
        <source>Reset</source>
        <translation>รีเซ็ต</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="25"/>
        <source>Restore Defaults</source>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../scripts/qt_strings.py" line="26"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ย้อนกลับ (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="27"/>
        <source>&amp;Next &gt;</source>
        <translation>ถัดไป (&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="28"/>
        <source>&amp;Finish</source>
        <translation>เสร็จสิ้น (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="29"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../scripts/qt_strings.py" line="30"/>
        <source>&amp;Help</source>
        <translation>วิธีใช้ (&amp;H)</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="70"/>
        <source>New %1</source>
        <translation>เพิ่ม%1ใหม่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="71"/>
        <source>Edit %1</source>
        <translation>แก้ไข%1</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="106"/>
        <source>Save (Ctrl+S)</source>
        <translation>บันทึก (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="112"/>
        <source>This database is open read-only: you can read this record but not save changes.</source>
        <translation>ฐานข้อมูลนี้เปิดแบบอ่านอย่างเดียว: อ่านระเบียนนี้ได้ แต่บันทึกการแก้ไขไม่ได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="118"/>
        <source>View %1 (read-only)</source>
        <translation>ดู%1 (อ่านอย่างเดียว)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="120"/>
        <source>&amp;Close</source>
        <translation>ปิด (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="220"/>
        <source>Enter a number.</source>
        <translation>กรุณากรอกตัวเลข</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="284"/>
        <source>Saving</source>
        <translation>การบันทึก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="303"/>
        <source>someone else</source>
        <translation>ผู้อื่น</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="305"/>
        <source>you (%1), in another window or on another computer</source>
        <translation>คุณเอง (%1) จากหน้าต่างอื่นหรือคอมพิวเตอร์เครื่องอื่น</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="310"/>
        <source>“%1” was changed by %2 on %3, after you opened it.</source>
        <translation>“%1” ถูกแก้ไขโดย %2 เมื่อ %3 หลังจากที่คุณเปิดรายการนี้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="323"/>
        <source>Changed there: %1.</source>
        <translation>ส่วนที่ถูกแก้ไข: %1</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="324"/>
        <source>Reload shows their version and discards what you changed in this form. Overwrite saves your version over theirs.</source>
        <translation>โหลดใหม่ จะแสดงฉบับที่ผู้อื่นบันทึกไว้ และยกเลิกสิ่งที่คุณแก้ไขในแบบฟอร์มนี้ ส่วนบันทึกทับ จะบันทึกฉบับของคุณแทนที่ฉบับนั้น</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="329"/>
        <source>Changed by someone else</source>
        <translation>มีผู้อื่นแก้ไขรายการนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="332"/>
        <source>&amp;Reload</source>
        <translation>โหลดใหม่ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="333"/>
        <source>&amp;Overwrite</source>
        <translation>บันทึกทับ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="352"/>
        <source>Unsaved changes</source>
        <translation>มีการแก้ไขที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="353"/>
        <source>Save the changes to this record before closing?</source>
        <translation>ต้องการบันทึกการแก้ไขรายการนี้ก่อนปิดหรือไม่?</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/field_editors.py" line="183"/>
        <source>comma-separated, e.g. ASEAN, MCR2030</source>
        <translation>คั่นด้วยเครื่องหมายจุลภาค เช่น ASEAN, MCR2030</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/field_editors.py" line="221"/>
        <source>(not an organisation)</source>
        <translation>(ไม่ใช่องค์กร)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/field_editors.py" line="226"/>
        <source>(from the country)</source>
        <translation>(ตามประเทศ)</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../bkk_relations/ui/widgets.py" line="318"/>
        <source>Type to find, Enter to add</source>
        <translation>พิมพ์เพื่อค้นหา กด Enter เพื่อเพิ่ม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/widgets.py" line="337"/>
        <source>Remove the selected link</source>
        <translation>นำการเชื่อมโยงที่เลือกออก</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="160"/>
        <source>Reports</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="165"/>
        <source>Partner list</source>
        <translation>รายชื่อคู่ความร่วมมือ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="166"/>
        <source>Agreement register</source>
        <translation>ทะเบียนความตกลง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="167"/>
        <source>Project portfolio</source>
        <translation>ประมวลโครงการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="168"/>
        <source>Activity log</source>
        <translation>บันทึกกิจกรรม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="169"/>
        <source>Follow-up tracker</source>
        <translation>ติดตามเรื่องที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="170"/>
        <source>Lessons brought home</source>
        <translation>บทเรียนที่นำมาปรับใช้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="171"/>
        <source>Partner profile (workbook)</source>
        <translation>โปรไฟล์คู่ความร่วมมือ (เวิร์กบุ๊ก)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="177"/>
        <source>Kind</source>
        <translation>ลักษณะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="177"/>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="178"/>
        <source>Region</source>
        <translation>ภูมิภาค</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="178"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="179"/>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="179"/>
        <source>Sector</source>
        <translation>สาขา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="179"/>
        <source>SDG</source>
        <translation>เป้าหมาย SDG</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="190"/>
        <source>any</source>
        <translation>ไม่ระบุ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="191"/>
        <source>Year, in the calendar chosen in Settings</source>
        <translation>ปีตามศักราชที่เลือกไว้ในการตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="193"/>
        <source>Years</source>
        <translation>ปี</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="194"/>
        <source>Filters</source>
        <translation>ตัวกรอง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="206"/>
        <source>Gregorian (C.E.)</source>
        <translation>คริสต์ศักราช (ค.ศ.)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="207"/>
        <source>Buddhist Era (B.E. = C.E. + 543)</source>
        <translation>พุทธศักราช (พ.ศ. = ค.ศ. + 543)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="211"/>
        <source>Browse…</source>
        <translation>เรียกดู…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="216"/>
        <source>Every column (wider than a printed page)</source>
        <translation>ทุกคอลัมน์ (กว้างกว่าหน้ากระดาษ)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="219"/>
        <source>Unchecked, a report shows the columns an A4 page holds. A .csv file always has every column.</source>
        <translation>หากไม่เลือก รายงานจะแสดงเฉพาะคอลัมน์ที่พอดีกับกระดาษ A4 ส่วนไฟล์ .csv จะมีทุกคอลัมน์เสมอ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="221"/>
        <source>Open the file when it is written</source>
        <translation>เปิดแฟ้มเมื่อบันทึกเสร็จ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="228"/>
        <source>&amp;Report</source>
        <translation>รายงาน (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="229"/>
        <source>&amp;Partner</source>
        <translation>คู่ความร่วมมือ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="230"/>
        <source>From date</source>
        <translation>ตั้งแต่วันที่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="231"/>
        <source>To date</source>
        <translation>ถึงวันที่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="232"/>
        <source>&amp;Language</source>
        <translation>ภาษา (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="233"/>
        <source>&amp;Calendar</source>
        <translation>ศักราช (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="234"/>
        <source>&amp;File</source>
        <translation>แฟ้ม (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="239"/>
        <source>&amp;Export</source>
        <translation>ส่งออก (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="254"/>
        <source>All kinds</source>
        <translation>ทุกลักษณะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="255"/>
        <source>All sectors</source>
        <translation>ทุกสาขา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="256"/>
        <source>All SDGs</source>
        <translation>ทุกเป้าหมาย SDG</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="263"/>
        <source>All regions</source>
        <translation>ทุกภูมิภาค</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="266"/>
        <source>All countries</source>
        <translation>ทุกประเทศ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="278"/>
        <source>All statuses</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="278"/>
        <source>All types</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="309"/>
        <source>Save the report as</source>
        <translation>บันทึกรายงานเป็น</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="335"/>
        <source>Choose the file to write.</source>
        <translation>กรุณาเลือกแฟ้มที่จะบันทึก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="337"/>
        <source>The file name must end in .xlsx or .csv.</source>
        <translation>ชื่อแฟ้มต้องลงท้ายด้วย .xlsx หรือ .csv</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="339"/>
        <source>Choose the partner whose profile to export.</source>
        <translation>กรุณาเลือกคู่ความร่วมมือที่ต้องการส่งออกโปรไฟล์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="341"/>
        <source>The partner profile has several sheets; save it as .xlsx.</source>
        <translation>โปรไฟล์คู่ความร่วมมือมีหลายชีต กรุณาบันทึกเป็น .xlsx</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="347"/>
        <source>The dates are not valid; type dd/mm/yyyy, mm/yyyy or a year.</source>
        <translation>วันที่ไม่ถูกต้อง กรุณาพิมพ์ วว/ดด/ปปปป, ดด/ปปปป หรือปี</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/export_actions.py" line="359"/>
        <source>Exporting…</source>
        <translation>กำลังส่งออก…</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="549"/>
        <source>Importing</source>
        <translation>กำลังนำเข้า</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="563"/>
        <source>Importing in one step: Cancel leaves the database as it was.</source>
        <translation>นำเข้าในขั้นตอนเดียว: หากกดยกเลิก ฐานข้อมูลจะยังคงเหมือนเดิม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="584"/>
        <source>Imported: %1 created, %2 updated, %3 unchanged, %4 skipped.</source>
        <translation>นำเข้าแล้ว: สร้างใหม่ %1 ปรับปรุง %2 ไม่เปลี่ยนแปลง %3 ข้าม %4</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="588"/>
        <source>Ties: %1 agreements created, %2 given their signing date.</source>
        <translation>ความสัมพันธ์: สร้างความตกลงใหม่ %1 รายการ เติมวันที่ลงนาม %2 รายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="592"/>
        <source>Edit → Undo last import reverses it.</source>
        <translation>เลือก แก้ไข → เลิกทำการนำเข้าครั้งล่าสุด เพื่อย้อนกลับการนำเข้านี้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="599"/>
        <source>The database was not changed.</source>
        <translation>ฐานข้อมูลไม่มีการเปลี่ยนแปลง</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="110"/>
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
        <source>The server has no database by that name (%1). Check the name with the office&apos;s IT person.</source>
        <translation>เซิร์ฟเวอร์ไม่มีฐานข้อมูลชื่อนี้ (%1) โปรดตรวจสอบชื่อกับเจ้าหน้าที่ไอทีของสำนักงาน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="51"/>
        <source>The server does not know that user name (%1). Check the name.</source>
        <translation>เซิร์ฟเวอร์ไม่รู้จักชื่อผู้ใช้นี้ (%1) โปรดตรวจสอบชื่อ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="53"/>
        <source>The server %1 does not accept connections from this computer or user; ask the office&apos;s IT person to allow it.</source>
        <translation>เซิร์ฟเวอร์ %1 ไม่รับการเชื่อมต่อจากคอมพิวเตอร์หรือผู้ใช้นี้ โปรดขอให้เจ้าหน้าที่ไอทีของสำนักงานอนุญาต</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="56"/>
        <source>The database server %1 cannot be reached. Check the server&apos;s name and port and that this computer is on the office network.</source>
        <translation>ติดต่อเซิร์ฟเวอร์ฐานข้อมูล %1 ไม่ได้ โปรดตรวจสอบชื่อและพอร์ตของเซิร์ฟเวอร์ และว่าคอมพิวเตอร์นี้อยู่ในเครือข่ายของสำนักงาน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="59"/>
        <source>The connection to the database server %1 was lost. Nothing after the last save was kept; reconnect and try again.</source>
        <translation>การเชื่อมต่อกับเซิร์ฟเวอร์ฐานข้อมูล %1 ขาดหาย สิ่งที่ทำหลังการบันทึกครั้งล่าสุดไม่ได้ถูกเก็บไว้ โปรดเชื่อมต่อใหม่แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/server_dialog.py" line="62"/>
        <source>The database %1 holds another application&apos;s tables; it was not changed.</source>
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
        <source>Your login cannot set up the database %1; ask the office&apos;s IT person to set it up.</source>
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
        <source>Open the office&apos;s shared database on its PostgreSQL server. The office&apos;s IT person gives you these details.</source>
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
        <source>Kept in the system&apos;s password store (Windows Credential Manager, macOS Keychain or the desktop&apos;s keyring), never in a settings file</source>
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
        <source>Type the server&apos;s name or address.</source>
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
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="31"/>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="39"/>
        <source>Gregorian (C.E.)</source>
        <translation>คริสต์ศักราช (ค.ศ.)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="40"/>
        <source>Buddhist Era (B.E. = C.E. + 543)</source>
        <translation>พุทธศักราช (พ.ศ. = ค.ศ. + 543)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="42"/>
        <source>Write Thai dates in Thai digits (๒๙ พ.ย. ๒๕๖๙ rather than 29 พ.ย. 2569)</source>
        <translation>เขียนวันที่ภาษาไทยด้วยเลขไทย (๒๙ พ.ย. ๒๕๖๙ แทน 29 พ.ย. 2569)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="52"/>
        <source>Back up automatically when the app starts and closes</source>
        <translation>สำรองข้อมูลโดยอัตโนมัติเมื่อเปิดและปิดโปรแกรม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="62"/>
        <source>&amp;Language</source>
        <translation>ภาษา (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="63"/>
        <source>&amp;Calendar</source>
        <translation>ศักราช (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="65"/>
        <source>Home city (&amp;English)</source>
        <translation>เมืองที่ตั้ง (ภาษาอังกฤษ) (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="66"/>
        <source>Home city (&amp;Thai)</source>
        <translation>เมืองที่ตั้ง (ภาษาไทย) (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="67"/>
        <source>Home c&amp;ountry</source>
        <translation>ประเทศที่ตั้ง (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="68"/>
        <source>&amp;Backups</source>
        <translation>สำรองข้อมูล (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="69"/>
        <source>Daily backups to keep</source>
        <translation>จำนวนข้อมูลสำรองรายวันที่เก็บไว้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="70"/>
        <source>Weekly backups to keep</source>
        <translation>จำนวนข้อมูลสำรองรายสัปดาห์ที่เก็บไว้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="71"/>
        <source>The newest automatic backup of each of these days and weeks is kept, and always the two newest. Backups made with File → Backup now are never removed.</source>
        <translation>ข้อมูลสำรองอัตโนมัติที่ใหม่ที่สุดของแต่ละวันและแต่ละสัปดาห์ตามจำนวนนี้จะถูกเก็บไว้ รวมทั้งสองชุดล่าสุดเสมอ ส่วนข้อมูลสำรองที่สร้างด้วย แฟ้ม → สำรองข้อมูลทันที จะไม่ถูกลบ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="106"/>
        <source>Saving the settings</source>
        <translation>การบันทึกการตั้งค่า</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="139"/>
        <source>Choose the sheet</source>
        <translation>เลือกชีต</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="155"/>
        <source>The sheet whose columns fit best is chosen.</source>
        <translation>ระบบเลือกชีตที่มีคอลัมน์ตรงกันมากที่สุดไว้ให้แล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="161"/>
        <source>%1 — header on row %2, %3 columns recognised</source>
        <translation>%1 — หัวคอลัมน์อยู่ที่แถว %2 ระบุคอลัมน์ได้ %3 คอลัมน์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/import_wizard.py" line="165"/>
        <source>%1 — empty</source>
        <translation>%1 — ว่าง</translation>
    </message>
</context>
<context>
    <name>StrategyPage</name>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="84"/>
        <source>Export to Excel…</source>
        <translation>ส่งออกเป็น Excel…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="86"/>
        <source>The figures by goal and by unit, as a workbook ready to print</source>
        <translation>ตัวเลขรายเป้าหมายและรายหน่วยงาน เป็นไฟล์ Excel พร้อมพิมพ์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="89"/>
        <source>Year in review…</source>
        <translation>สรุปผลประจำปี…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="91"/>
        <source>Agreements signed, renewed and expired, activities, projects by goal, units engaged, follow-up actions and lessons of the year</source>
        <translation>ความตกลงที่ลงนาม ต่ออายุ และหมดอายุ กิจกรรม โครงการตามเป้าหมาย หน่วยงานที่มีส่วนร่วม งานติดตาม และบทเรียนของปี</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="95"/>
        <source>Import goals…</source>
        <translation>นำเข้าเป้าหมาย…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="98"/>
        <source>Read the chosen framework&apos;s goals from a sheet: code, parent code, English, Thai and description (Thai headers too); goals already there are updated by their code</source>
        <translation>อ่านเป้าหมายของกรอบยุทธศาสตร์ที่เลือกจากแผ่นงาน: รหัส รหัสเป้าหมายหลัก ชื่อภาษาอังกฤษ ชื่อภาษาไทย และคำอธิบาย (หัวคอลัมน์ภาษาไทยก็ได้) เป้าหมายที่มีอยู่แล้วจะปรับปรุงตามรหัส</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="103"/>
        <source>Framework</source>
        <translation>กรอบยุทธศาสตร์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="105"/>
        <source>Activities in</source>
        <translation>กิจกรรมในปี</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="108"/>
        <source>Workbook in</source>
        <translation>ภาษาของไฟล์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="123"/>
        <source>By goal</source>
        <translation>รายเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="124"/>
        <source>By unit</source>
        <translation>รายหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="173"/>
        <source>Reading the strategy figures</source>
        <translation>กำลังอ่านตัวเลขยุทธศาสตร์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="191"/>
        <source>Goal</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="191"/>
        <source>Partners engaged</source>
        <translation>คู่ความร่วมมือที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="191"/>
        <source>Agreements in force</source>
        <translation>ความตกลงที่มีผล</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="192"/>
        <source>Active projects</source>
        <translation>โครงการที่ดำเนินการอยู่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="193"/>
        <source>Activities %1</source>
        <translation>กิจกรรมปี %1</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="194"/>
        <source>Open actions</source>
        <translation>งานติดตามที่ค้างอยู่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="194"/>
        <source>Overdue actions</source>
        <translation>งานติดตามที่เลยกำหนด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="195"/>
        <source>Lessons piloted</source>
        <translation>บทเรียนที่นำร่อง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="195"/>
        <source>Lessons scaled up</source>
        <translation>บทเรียนที่ขยายผล</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="201"/>
        <source>No framework yet.</source>
        <translation>ยังไม่มีกรอบยุทธศาสตร์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="206"/>
        <source>no cooperation</source>
        <translation>ไม่มีความร่วมมือ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="207"/>
        <source>No agreement in force, active project, activity this year or open follow-up action serves this goal</source>
        <translation>ไม่มีความตกลงที่มีผล โครงการที่ดำเนินการอยู่ กิจกรรมในปีนี้ หรืองานติดตามที่ค้างอยู่สำหรับเป้าหมายนี้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="229"/>
        <source>%1 of %2 goals have cooperation going on; %3 have none (marked).</source>
        <translation>มีความร่วมมือ %1 จาก %2 เป้าหมาย ไม่มี %3 เป้าหมาย (เน้นสีไว้)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="239"/>
        <source>Unit</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="239"/>
        <source>Projects</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="240"/>
        <source>Follow-up actions</source>
        <translation>งานติดตาม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="241"/>
        <source>Lessons adopted</source>
        <translation>บทเรียนที่นำไปใช้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="241"/>
        <source>Goals</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="248"/>
        <source>takes no part</source>
        <translation>ไม่มีส่วนร่วม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="281"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>ไฟล์ Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="288"/>
        <source>Export failed</source>
        <translation>ส่งออกไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="294"/>
        <source>Export the strategy view</source>
        <translation>ส่งออกภาพรวมยุทธศาสตร์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="299"/>
        <source>Writing the strategy workbook</source>
        <translation>กำลังเขียนไฟล์ยุทธศาสตร์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="313"/>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="330"/>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="333"/>
        <source>Import goals</source>
        <translation>นำเข้าเป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="314"/>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv)</source>
        <translation>สเปรดชีต (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="339"/>
        <source>Export the year in review</source>
        <translation>ส่งออกสรุปผลประจำปี</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/strategy_page.py" line="345"/>
        <source>Writing the year in review</source>
        <translation>กำลังเขียนสรุปผลประจำปี</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="48"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="48"/>
        <source>Record</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="48"/>
        <source>Deleted</source>
        <translation>วันที่ลบ</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="75"/>
        <source>&amp;Restore</source>
        <translation>กู้คืน (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="76"/>
        <source>Put the selected records back where they were</source>
        <translation>นำรายการที่เลือกกลับคืนสู่ตำแหน่งเดิม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="78"/>
        <source>Delete for &amp;good</source>
        <translation>ลบถาวร (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="79"/>
        <source>Remove the selected records permanently</source>
        <translation>ลบรายการที่เลือกอย่างถาวร</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bkk_relations/ui/trash_page.py" line="114"/>
        <source>%n record(s) in the trash</source>
        <translation>
            <numerusform>%n รายการในถังขยะ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="145"/>
        <source>Cannot restore</source>
        <translation>ไม่สามารถกู้คืนได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="150"/>
        <source>Restoring from the trash</source>
        <translation>การกู้คืนจากถังขยะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="158"/>
        <source>Delete for good</source>
        <translation>ลบถาวร</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="175"/>
        <source>Deleting for good</source>
        <translation>การลบถาวร</translation>
    </message>
    <message numerus="yes">
        <location filename="../../bkk_relations/ui/trash_page.py" line="181"/>
        <source>Delete %n record(s) permanently? This cannot be undone.</source>
        <translation>
            <numerusform>ต้องการลบ %n รายการอย่างถาวรหรือไม่? การดำเนินการนี้ไม่สามารถย้อนกลับได้</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="193"/>
        <source>They lose their link to what is deleted; a partner&apos;s contacts are deleted with it.</source>
        <translation>รายการเหล่านั้นจะไม่เชื่อมโยงกับรายการที่ถูกลบอีกต่อไป และผู้ติดต่อของคู่ความร่วมมือจะถูกลบไปด้วย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="173"/>
        <source>Cannot delete</source>
        <translation>ไม่สามารถลบได้</translation>
    </message>
</context>
<context>
    <name>Upgrade</name>
    <message>
        <location filename="../../bkk_relations/ui/upgrade.py" line="22"/>
        <source>Rebuilding the search index</source>
        <translation>กำลังสร้างดัชนีสำหรับค้นหาใหม่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/upgrade.py" line="24"/>
        <source>Putting names in dictionary order</source>
        <translation>กำลังเรียงชื่อตามลำดับพจนานุกรม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/upgrade.py" line="26"/>
        <source>Upgrading</source>
        <translation>กำลังปรับให้เข้ากับโปรแกรมรุ่นนี้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/upgrade.py" line="48"/>
        <source>Upgrading %1</source>
        <translation>การปรับ %1 ให้เข้ากับโปรแกรมรุ่นนี้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/upgrade.py" line="50"/>
        <source>Upgrading the register to this version of the app…</source>
        <translation>กำลังปรับทะเบียนให้เข้ากับโปรแกรมรุ่นนี้…</translation>
    </message>
</context>
<context>
    <name>WeakPoints</name>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="176"/>
        <source>1 partner hangs on a single link</source>
        <translation>คู่ความร่วมมือ 1 รายเชื่อมโยงผ่านความสัมพันธ์เพียงเส้นเดียว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="177"/>
        <source>%1 partners hang on a single link</source>
        <translation>คู่ความร่วมมือ %1 รายเชื่อมโยงผ่านความสัมพันธ์เพียงเส้นเดียว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="179"/>
        <source>1 link holds a group of partners</source>
        <translation>ความสัมพันธ์ 1 เส้นเป็นทางเชื่อมเดียวของกลุ่มคู่ความร่วมมือ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="180"/>
        <source>%1 links each hold a group of partners</source>
        <translation>ความสัมพันธ์ %1 เส้นแต่ละเส้นเป็นทางเชื่อมเดียวของกลุ่มคู่ความร่วมมือ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="181"/>
        <source>(1 partner in all)</source>
        <translation>(รวมคู่ความร่วมมือ 1 ราย)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="182"/>
        <source>(%1 partners in all)</source>
        <translation>(รวมคู่ความร่วมมือ %1 ราย)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="184"/>
        <source>1 node is the only way to others</source>
        <translation>โหนด 1 โหนดเป็นทางเชื่อมเดียวไปยังโหนดอื่น</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="185"/>
        <source>%1 nodes are the only way to others</source>
        <translation>โหนด %1 โหนดเป็นทางเชื่อมเดียวไปยังโหนดอื่น</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="186"/>
        <source>(1 partner behind it)</source>
        <translation>(มีคู่ความร่วมมืออยู่ถัดไป 1 ราย)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="187"/>
        <source>(%1 partners behind them)</source>
        <translation>(มีคู่ความร่วมมืออยู่ถัดไป %1 ราย)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="188"/>
        <source>1 partner is not linked to the home city</source>
        <translation>คู่ความร่วมมือ 1 รายไม่ได้เชื่อมโยงกับเมืองหลัก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="189"/>
        <source>%1 partners are not linked to the home city</source>
        <translation>คู่ความร่วมมือ %1 รายไม่ได้เชื่อมโยงกับเมืองหลัก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/graph_panel.py" line="204"/>
        <source>…and %1 more (all of them are in the Excel export)</source>
        <translation>…และอีก %1 รายการ (ทั้งหมดอยู่ในไฟล์ Excel ที่ส่งออก)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../bkk_relations/ui/app.py" line="76"/>
        <source>Details were written to %1.</source>
        <translation>บันทึกรายละเอียดไว้ที่ %1 แล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/app.py" line="79"/>
        <source>Something went wrong</source>
        <translation>เกิดข้อผิดพลาด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/app.py" line="80"/>
        <source>The last action could not be completed: %1
Your data is safe; you can go on working.</source>
        <translation>ไม่สามารถดำเนินการล่าสุดให้เสร็จสิ้นได้: %1
ข้อมูลของคุณปลอดภัย สามารถทำงานต่อได้ตามปกติ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/app.py" line="224"/>
        <source>Cannot open the database</source>
        <translation>ไม่สามารถเปิดฐานข้อมูลได้</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="13"/>
        <location filename="../../bkk_relations/ui/labels.py" line="50"/>
        <source>Partner</source>
        <translation>คู่ความร่วมมือ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="13"/>
        <location filename="../../bkk_relations/ui/labels.py" line="46"/>
        <source>Partners</source>
        <translation>คู่ความร่วมมือ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="14"/>
        <source>Agreement</source>
        <translation>ความตกลง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="15"/>
        <location filename="../../bkk_relations/ui/labels.py" line="41"/>
        <source>Agreements</source>
        <translation>ความตกลง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="16"/>
        <source>Project</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="16"/>
        <location filename="../../bkk_relations/ui/labels.py" line="53"/>
        <source>Projects</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="17"/>
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="18"/>
        <source>Activities</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="19"/>
        <source>Contact</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="19"/>
        <source>Contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="20"/>
        <source>Unit</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="20"/>
        <source>Units</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="21"/>
        <source>Follow-up action</source>
        <translation>เรื่องที่ต้องติดตาม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="22"/>
        <source>Follow-up actions</source>
        <translation>เรื่องที่ต้องติดตาม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="23"/>
        <source>Lesson</source>
        <translation>บทเรียน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="23"/>
        <source>Lessons</source>
        <translation>บทเรียนที่นำมาปรับใช้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="25"/>
        <source>Framework</source>
        <translation>กรอบยุทธศาสตร์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="26"/>
        <source>Frameworks</source>
        <translation>กรอบยุทธศาสตร์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="27"/>
        <source>Goal</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="27"/>
        <source>Goals</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="31"/>
        <source>Period from</source>
        <translation>ช่วงเวลาตั้งแต่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="31"/>
        <source>Period until</source>
        <translation>ช่วงเวลาถึง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="32"/>
        <source>Active</source>
        <translation>ใช้อยู่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="32"/>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="33"/>
        <source>Parent code</source>
        <translation>รหัสเป้าหมายหลัก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="38"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="38"/>
        <source>Thai name</source>
        <translation>ชื่อภาษาไทย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="39"/>
        <source>Kind</source>
        <translation>ลักษณะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="39"/>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="40"/>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="40"/>
        <source>Region</source>
        <translation>ภูมิภาค</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="41"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="42"/>
        <source>Last activity</source>
        <translation>กิจกรรมล่าสุด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="42"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="43"/>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="43"/>
        <source>Parties</source>
        <translation>ภาคี</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="44"/>
        <source>Signed</source>
        <translation>วันที่ลงนาม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="44"/>
        <source>Expires</source>
        <translation>วันหมดอายุ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="45"/>
        <source>Thai title</source>
        <translation>ชื่อเรื่องภาษาไทย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="45"/>
        <source>Sectors</source>
        <translation>สาขา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="46"/>
        <source>SDGs</source>
        <translation>SDGs</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="47"/>
        <source>Start</source>
        <translation>วันเริ่มต้น</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="47"/>
        <source>End</source>
        <translation>วันสิ้นสุด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="48"/>
        <source>Budget</source>
        <translation>งบประมาณ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="48"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="49"/>
        <source>Place</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="49"/>
        <source>Participants</source>
        <translation>ผู้เข้าร่วม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="50"/>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="51"/>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="51"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="52"/>
        <source>Focal point</source>
        <translation>ผู้ประสานงานหลัก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="52"/>
        <source>Acronym</source>
        <translation>ชื่อย่อ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="55"/>
        <source>Due</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="55"/>
        <source>Action</source>
        <translation>สิ่งที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="56"/>
        <source>Owner unit</source>
        <translation>หน่วยงานรับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="56"/>
        <source>Action (Thai)</source>
        <translation>สิ่งที่ต้องดำเนินการ (ภาษาไทย)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="57"/>
        <source>Stage</source>
        <translation>ขั้น</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="57"/>
        <source>Adopted by units</source>
        <translation>หน่วยงานที่นำไปใช้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="58"/>
        <source>Lesson (Thai)</source>
        <translation>บทเรียน (ภาษาไทย)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="58"/>
        <source>Partner or unit</source>
        <translation>คู่ความร่วมมือหรือหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="60"/>
        <source>English name</source>
        <translation>ชื่อภาษาอังกฤษ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/labels.py" line="60"/>
        <source>English title</source>
        <translation>ชื่อเรื่องภาษาอังกฤษ</translation>
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
        <location filename="../../bkk_relations/ui/links.py" line="37"/>
        <source>1 follow-up action</source>
        <translation>เรื่องที่ต้องติดตาม 1 เรื่อง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/links.py" line="38"/>
        <source>%1 follow-up actions</source>
        <translation>เรื่องที่ต้องติดตาม %1 เรื่อง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/links.py" line="39"/>
        <source>1 lesson</source>
        <translation>บทเรียน 1 เรื่อง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/links.py" line="39"/>
        <source>%1 lessons</source>
        <translation>บทเรียน %1 เรื่อง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/links.py" line="40"/>
        <source>1 goal</source>
        <translation>1 เป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/links.py" line="40"/>
        <source>%1 goals</source>
        <translation>%1 เป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/links.py" line="41"/>
        <source>1 framework</source>
        <translation>1 กรอบยุทธศาสตร์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/links.py" line="42"/>
        <source>%1 frameworks</source>
        <translation>%1 กรอบยุทธศาสตร์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/links.py" line="55"/>
        <source>, </source>
        <translation> </translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/links.py" line="56"/>
        <source>%1 and %2</source>
        <translation>%1 และ%2</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/links.py" line="63"/>
        <source>%1 refers to %2.</source>
        <translation>%1 อ้างถึง %2</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/links.py" line="65"/>
        <source>%1 refer to %2.</source>
        <translation>%1 อ้างถึง %2</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/links.py" line="76"/>
        <source>…and %1 more</source>
        <translation>…และอีก %1 รายการ</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="18"/>
        <source>partner</source>
        <translation>คู่ความร่วมมือ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="19"/>
        <source>unit</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="20"/>
        <source>agreement</source>
        <translation>ความตกลง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="21"/>
        <source>project</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="22"/>
        <source>activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="23"/>
        <source>contact</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="24"/>
        <source>partner kind</source>
        <translation>ลักษณะคู่ความร่วมมือ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="25"/>
        <source>organisation type</source>
        <translation>ประเภทองค์กร</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="26"/>
        <source>partner status</source>
        <translation>สถานะคู่ความร่วมมือ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="27"/>
        <source>agreement type</source>
        <translation>ประเภทความตกลง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="28"/>
        <source>agreement status</source>
        <translation>สถานะความตกลง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="29"/>
        <source>project status</source>
        <translation>สถานะโครงการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="30"/>
        <source>activity type</source>
        <translation>ประเภทกิจกรรม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="31"/>
        <source>unit type</source>
        <translation>ประเภทหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="32"/>
        <source>sector</source>
        <translation>สาขา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="33"/>
        <source>follow-up action</source>
        <translation>การดำเนินการติดตามผล</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="34"/>
        <source>lesson</source>
        <translation>บทเรียน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="35"/>
        <source>framework</source>
        <translation>กรอบยุทธศาสตร์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="36"/>
        <source>goal</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="37"/>
        <source>action status</source>
        <translation>สถานะการดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="38"/>
        <source>lesson stage</source>
        <translation>ขั้นของบทเรียน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="41"/>
        <source>The English name is required.</source>
        <translation>ต้องระบุชื่อภาษาอังกฤษ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="42"/>
        <source>The English title is required.</source>
        <translation>ต้องระบุชื่อเรื่องภาษาอังกฤษ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="43"/>
        <source>The name is required.</source>
        <translation>ต้องระบุชื่อ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="44"/>
        <source>The date is required.</source>
        <translation>ต้องระบุวันที่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="45"/>
        <source>&apos;{value}&apos; is not a known {what}; use one of: {known}.</source>
        <translation>&apos;{value}&apos; ไม่ใช่{what}ที่รู้จัก โปรดใช้ค่าใดค่าหนึ่งต่อไปนี้: {known}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="47"/>
        <source>{problem}.</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="48"/>
        <source>The expiry date is before the signing date.</source>
        <translation>วันหมดอายุอยู่ก่อนวันที่ลงนาม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="50"/>
        <source>The end date is before the start date.</source>
        <translation>วันสิ้นสุดอยู่ก่อนวันเริ่มต้น</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="52"/>
        <source>SDG &apos;{value}&apos; does not exist; SDGs are numbered 1 to 17.</source>
        <translation>ไม่มี SDG &apos;{value}&apos; เป้าหมาย SDG มีหมายเลข 1 ถึง 17</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="54"/>
        <source>There is no {what} with id {id}.</source>
        <translation>ไม่มี{what}ที่มีรหัส {id}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="55"/>
        <source>The {what} with id {id} is in the trash; restore it first.</source>
        <translation>{what}รหัส {id} อยู่ในถังขยะ โปรดกู้คืนก่อน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="57"/>
        <source>Choose the type of organisation (e.g. city network, UN agency).</source>
        <translation>โปรดเลือกประเภทขององค์กร (เช่น เครือข่ายเมือง หน่วยงานสหประชาชาติ)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="59"/>
        <source>A city has no organisation type; leave it empty.</source>
        <translation>เมืองไม่มีประเภทองค์กร โปรดเว้นว่างไว้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="61"/>
        <source>A city needs its country.</source>
        <translation>เมืองต้องระบุประเทศ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="62"/>
        <source>&apos;{value}&apos; is not an ISO-3166 country code (e.g. TH, KR, JP).</source>
        <translation>&apos;{value}&apos; ไม่ใช่รหัสประเทศตาม ISO-3166 (เช่น TH, KR, JP)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="64"/>
        <source>&apos;{value}&apos; is not a known region; use one of: {known}.</source>
        <translation>&apos;{value}&apos; ไม่ใช่ภูมิภาคที่รู้จัก โปรดใช้ค่าใดค่าหนึ่งต่อไปนี้: {known}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="66"/>
        <source>Latitude must be between -90 and 90.</source>
        <translation>ละติจูดต้องอยู่ระหว่าง -90 ถึง 90</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="67"/>
        <source>Longitude must be between -180 and 180.</source>
        <translation>ลองจิจูดต้องอยู่ระหว่าง -180 ถึง 180</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="69"/>
        <source>A website address starts with http:// or https://.</source>
        <translation>ที่อยู่เว็บไซต์ต้องขึ้นต้นด้วย http:// หรือ https://</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="71"/>
        <source>&apos;{name}&apos; (id {id}) is already recorded with this kind and country; open that record instead of adding it twice.</source>
        <translation>&apos;{name}&apos; (รหัส {id}) มีบันทึกไว้แล้วด้วยลักษณะและประเทศเดียวกัน โปรดเปิดรายการนั้นแทนการเพิ่มซ้ำ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="74"/>
        <source>The budget cannot be negative.</source>
        <translation>งบประมาณติดลบไม่ได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="75"/>
        <source>The number of participants cannot be negative.</source>
        <translation>จำนวนผู้เข้าร่วมติดลบไม่ได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="77"/>
        <source>Choose the partner or the unit this person works for.</source>
        <translation>เลือกคู่ความร่วมมือหรือหน่วยงานที่บุคคลนี้สังกัด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="79"/>
        <source>A person works for a partner or for one of the city&apos;s units, not both; clear one of them.</source>
        <translation>บุคคลหนึ่งสังกัดคู่ความร่วมมือหรือหน่วยงานของเมืองอย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสองอย่าง กรุณาลบออกหนึ่งรายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="82"/>
        <source>Choose the framework this goal belongs to.</source>
        <translation>เลือกกรอบยุทธศาสตร์ที่เป้าหมายนี้สังกัด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="84"/>
        <source>The goal needs its code (e.g. 1, 2.1).</source>
        <translation>เป้าหมายต้องมีรหัส (เช่น 1, 2.1)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="86"/>
        <source>This framework already has a goal with the code &apos;{value}&apos; ({name}).</source>
        <translation>กรอบยุทธศาสตร์นี้มีเป้าหมายรหัส &apos;{value}&apos; อยู่แล้ว ({name})</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="88"/>
        <source>The goal above this one must belong to the same framework.</source>
        <translation>เป้าหมายหลักต้องอยู่ในกรอบยุทธศาสตร์เดียวกัน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="90"/>
        <source>A goal cannot sit under itself or under one of its own sub-goals.</source>
        <translation>เป้าหมายไม่สามารถอยู่ภายใต้ตัวเองหรือเป้าหมายย่อยของตัวเองได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="92"/>
        <source>The period ends before it starts.</source>
        <translation>ช่วงเวลาสิ้นสุดก่อนวันเริ่มต้น</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="94"/>
        <source>An action that is still open has no date done; set its status to Done or clear the date.</source>
        <translation>การดำเนินการที่ยังไม่เสร็จไม่มีวันที่ดำเนินการเสร็จ กรุณาเปลี่ยนสถานะเป็น ดำเนินการแล้ว หรือลบวันที่ออก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="97"/>
        <source>The dates must follow each other: learned, then piloted, then scaled up.</source>
        <translation>วันที่ต้องเรียงตามลำดับ: เรียนรู้ นำร่อง แล้วจึงขยายผล</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="99"/>
        <source>&apos;{value}&apos; is not an e-mail address (name@example.org).</source>
        <translation>&apos;{value}&apos; ไม่ใช่ที่อยู่อีเมล (name@example.org)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="101"/>
        <source>This text is {length:,} characters long; at most {most:,} are allowed here.</source>
        <translation>ข้อความนี้ยาว {length:,} ตัวอักษร ช่องนี้รับได้ไม่เกิน {most:,} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="104"/>
        <source>A line break is not allowed here; write this on one line.</source>
        <translation>ช่องนี้ขึ้นบรรทัดใหม่ไม่ได้ โปรดเขียนเป็นบรรทัดเดียว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="106"/>
        <source>Character {at:,} is not valid text (U+{char}, left by bytes that could not be decoded); retype it.</source>
        <translation>ตัวอักษรที่ {at:,} ไม่ใช่ข้อความที่ถูกต้อง (U+{char} เหลือจากไบต์ที่ถอดรหัสไม่ได้) โปรดพิมพ์ใหม่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="109"/>
        <source>Character {at:,} is an invisible control character (U+{char}); remove it.</source>
        <translation>ตัวอักษรที่ {at:,} เป็นอักขระควบคุมที่มองไม่เห็น (U+{char}) โปรดลบออก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="112"/>
        <source>Tag “{tag}”: {problem}</source>
        <translation>แท็ก “{tag}”: {problem}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="113"/>
        <source>A tag cannot be empty.</source>
        <translation>แท็กต้องไม่ว่าง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="116"/>
        <source>&apos;{text}&apos; is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>&apos;{text}&apos; ไม่ใช่วันที่ในรูปแบบ YYYY, YYYY-MM หรือ YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="118"/>
        <source>&apos;{text}&apos; has no month {month}</source>
        <translation>&apos;{text}&apos; ไม่มีเดือนที่ {month}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="119"/>
        <source>&apos;{text}&apos; is not a real calendar day</source>
        <translation>&apos;{text}&apos; ไม่ใช่วันที่ที่มีอยู่จริงในปฏิทิน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="120"/>
        <source>&apos;{text}&apos;: the year {year} is out of range; Buddhist-Era years must be converted (subtract 543)</source>
        <translation>&apos;{text}&apos;: ปี {year} อยู่นอกช่วงที่รับได้ ปีพุทธศักราชต้องแปลงเป็นคริสต์ศักราชก่อน (ลบ 543)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="125"/>
        <source>&apos;{text}&apos;: the year {year} is out of range</source>
        <translation>&apos;{text}&apos;: ปี {year} อยู่นอกช่วงที่รับได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="126"/>
        <source>&apos;{text}&apos; has no month {month}; write it as dd/mm/yyyy, yyyy-mm-dd, mm/yyyy or a year (day first)</source>
        <translation>&apos;{text}&apos; ไม่มีเดือนที่ {month} โปรดเขียนเป็น วว/ดด/ปปปป, ปปปป-ดด-วว, ดด/ปปปป หรือเฉพาะปี (วันขึ้นก่อน)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="129"/>
        <source>{serial} is not an Excel date serial number</source>
        <translation>{serial} ไม่ใช่เลขลำดับวันที่ของ Excel</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="130"/>
        <source>&apos;{text}&apos; is not a date; write it as dd/mm/yyyy, yyyy-mm-dd, mm/yyyy or a year</source>
        <translation>&apos;{text}&apos; ไม่ใช่วันที่ โปรดเขียนเป็น วว/ดด/ปปปป, ปปปป-ดด-วว, ดด/ปปปป หรือเฉพาะปี</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="133"/>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>&apos;{text}&apos; ไม่ใช่ตัวเลข</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="134"/>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>&apos;{text}&apos; ไม่ใช่จำนวนเต็ม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="135"/>
        <source>&apos;{text}&apos; is not yes or no</source>
        <translation>&apos;{text}&apos; ไม่ใช่คำตอบ ใช่ หรือ ไม่ใช่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="136"/>
        <source>&apos;{text}&apos; is not a country we know; write its English or Thai name or its ISO code (e.g. Japan, ญี่ปุ่น, JP)</source>
        <translation>&apos;{text}&apos; ไม่ใช่ประเทศที่รู้จัก โปรดเขียนชื่อภาษาอังกฤษหรือภาษาไทย หรือรหัส ISO (เช่น Japan, ญี่ปุ่น, JP)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="139"/>
        <source>&apos;{text}&apos; is not one of: {known}</source>
        <translation>&apos;{text}&apos; ไม่ตรงกับค่าใดต่อไปนี้: {known}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="140"/>
        <source>&apos;{text}&apos; is not a region; use one of: {known}</source>
        <translation>&apos;{text}&apos; ไม่ใช่ภูมิภาค โปรดใช้ค่าใดค่าหนึ่งต่อไปนี้: {known}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="141"/>
        <source>&apos;{text}&apos; is not an SDG; SDGs are numbered 1 to 17</source>
        <translation>&apos;{text}&apos; ไม่ใช่ SDG เป้าหมาย SDG มีหมายเลข 1 ถึง 17</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="144"/>
        <source>is not a spreadsheet or a text (CSV) file; import .xlsx or .csv files</source>
        <translation>ไม่ใช่ตารางคำนวณหรือไฟล์ข้อความ (CSV) โปรดนำเข้าไฟล์ .xlsx หรือ .csv</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="146"/>
        <source>is not saved as UTF-8 or Thai text: {bytes:,} byte(s) are in another encoding (perhaps Windows Western European), the first {where}. Nothing was guessed. In Excel choose File → Save As and the type “CSV UTF-8 (Comma delimited) (*.csv)”, then import that file</source>
        <translation>ไม่ได้บันทึกเป็นข้อความ UTF-8 หรือภาษาไทย: มี {bytes:,} ไบต์ที่อยู่ในการเข้ารหัสอื่น (อาจเป็น Windows Western European) ไบต์แรกอยู่{where} โปรแกรมไม่ได้เดาการเข้ารหัส ใน Excel โปรดเลือก ไฟล์ → บันทึกเป็น แล้วเลือกชนิด “CSV UTF-8 (Comma delimited) (*.csv)” จากนั้นนำเข้าไฟล์นั้น</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="151"/>
        <source>in row {row}, column {column}</source>
        <translation>ที่แถว {row} คอลัมน์ {column}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="152"/>
        <source>near the start</source>
        <translation>ใกล้ต้นไฟล์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="153"/>
        <source>row {row} is longer than {most:,} characters (a cell holds at most {cell:,}); a quote may be missing its closing quote, or this is not a CSV file</source>
        <translation>แถว {row} ยาวเกิน {most:,} ตัวอักษร (เซลล์หนึ่งเก็บได้ไม่เกิน {cell:,} ตัวอักษร) อาจมีเครื่องหมายคำพูดที่ไม่ได้ปิด หรือไฟล์นี้ไม่ใช่ไฟล์ CSV</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="156"/>
        <source>row {row} cannot be read as CSV ({detail})</source>
        <translation>อ่านแถว {row} เป็น CSV ไม่ได้ ({detail})</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="158"/>
        <source>has more than {rows:,} rows (Excel&apos;s last row is {rows:,}); split it into smaller files</source>
        <translation>มีมากกว่า {rows:,} แถว (แถวสุดท้ายของ Excel คือแถวที่ {rows:,}) โปรดแบ่งเป็นไฟล์ที่เล็กลง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="161"/>
        <source>row {row} has {columns:,} columns, more than Excel&apos;s {most:,}; check the separator</source>
        <translation>แถว {row} มี {columns:,} คอลัมน์ เกินขีดจำกัดของ Excel ที่ {most:,} คอลัมน์ โปรดตรวจสอบตัวคั่น</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="166"/>
        <source>the sheet “{sheet}”</source>
        <translation>แผ่นงาน “{sheet}”</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="167"/>
        <source>the part {part}</source>
        <translation>ส่วน {part}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="168"/>
        <source>its text (the shared strings)</source>
        <translation>ข้อความของไฟล์ (shared strings)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="169"/>
        <source>{what} declares row {row}, beyond Excel&apos;s limit (Excel&apos;s last row is {rows:,}); the file is damaged or was not written by a spreadsheet program: open it in Excel and save it again as .xlsx</source>
        <translation>{what} ระบุแถว {row} ซึ่งเกินขีดจำกัดของ Excel (แถวสุดท้ายของ Excel คือแถวที่ {rows:,}) ไฟล์เสียหายหรือไม่ได้เขียนด้วยโปรแกรมตารางคำนวณ โปรดเปิดใน Excel แล้วบันทึกใหม่เป็น .xlsx</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="173"/>
        <source>{what} has a cell reference &apos;{ref}&apos; that is not a cell; the file is damaged: open it in Excel and save it again as .xlsx</source>
        <translation>{what} มีการอ้างอิงเซลล์ &apos;{ref}&apos; ที่ไม่ใช่เซลล์ ไฟล์เสียหาย โปรดเปิดใน Excel แล้วบันทึกใหม่เป็น .xlsx</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="176"/>
        <source>{what} names the cell {ref}, beyond Excel&apos;s last column (XFD): the file is damaged; open it in Excel and save it again as .xlsx</source>
        <translation>{what} ระบุเซลล์ {ref} ซึ่งเกินคอลัมน์สุดท้ายของ Excel (XFD) ไฟล์เสียหาย โปรดเปิดใน Excel แล้วบันทึกใหม่เป็น .xlsx</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="179"/>
        <source>its part {part} declares a DTD, which workbooks never do; the file is damaged or crafted: open it in Excel and save it again as .xlsx</source>
        <translation>ส่วน {part} ของไฟล์ประกาศ DTD ซึ่งสมุดงานไม่มีทางมี ไฟล์เสียหายหรือถูกดัดแปลง โปรดเปิดใน Excel แล้วบันทึกใหม่เป็น .xlsx</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="182"/>
        <source>its part {part} nests elements more than {depth} deep, which workbooks never do; the file is damaged or crafted: open it in Excel and save it again as .xlsx</source>
        <translation>ส่วน {part} ของไฟล์ซ้อนองค์ประกอบลึกเกิน {depth} ชั้น ซึ่งสมุดงานไม่มีทางเป็น ไฟล์เสียหายหรือถูกดัดแปลง โปรดเปิดใน Excel แล้วบันทึกใหม่เป็น .xlsx</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="186"/>
        <source>is damaged or not an Excel workbook ({detail}); open it in Excel and save it again as .xlsx</source>
        <translation>เสียหายหรือไม่ใช่สมุดงาน Excel ({detail}) โปรดเปิดใน Excel แล้วบันทึกใหม่เป็น .xlsx</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="189"/>
        <source>is encrypted; remove the password in Excel and save it as an Excel Workbook (.xlsx)</source>
        <translation>ถูกเข้ารหัสไว้ โปรดลบรหัสผ่านใน Excel แล้วบันทึกเป็นสมุดงาน Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="192"/>
        <source>has no part {part}; the file is damaged: open it in Excel and save it again as .xlsx</source>
        <translation>ไม่มีส่วน {part} ไฟล์เสียหาย โปรดเปิดใน Excel แล้วบันทึกใหม่เป็น .xlsx</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="195"/>
        <source>{what} takes {size} MB once unpacked, more than the {most} MB allowed; split the data into smaller files</source>
        <translation>{what} มีขนาด {size} MB เมื่อแตกไฟล์ ซึ่งเกิน {most} MB ที่รับได้ โปรดแบ่งข้อมูลเป็นไฟล์ที่เล็กลง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="198"/>
        <source>{what} has a tag of more than {most} MB, which workbooks never have; the file is damaged or crafted: open it in Excel and save it again as .xlsx</source>
        <translation>{what} มีแท็กขนาดเกิน {most} MB ซึ่งสมุดงานไม่มีทางมี ไฟล์เสียหายหรือถูกดัดแปลง โปรดเปิดใน Excel แล้วบันทึกใหม่เป็น .xlsx</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="201"/>
        <source>{what} is not well-formed XML ({detail}); the file is damaged: open it in Excel and save it again as .xlsx</source>
        <translation>{what} ไม่ใช่ XML ที่ถูกต้อง ({detail}) ไฟล์เสียหาย โปรดเปิดใน Excel แล้วบันทึกใหม่เป็น .xlsx</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="204"/>
        <source>is damaged ({detail}); open it in Excel and save it again as .xlsx</source>
        <translation>เสียหาย ({detail}) โปรดเปิดใน Excel แล้วบันทึกใหม่เป็น .xlsx</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="206"/>
        <source>is not an Excel workbook (it has no {part}); save it from Excel as .xlsx</source>
        <translation>ไม่ใช่สมุดงาน Excel (ไม่มี {part}) โปรดบันทึกจาก Excel เป็น .xlsx</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="208"/>
        <source>has more than {most:,} sheets; keep the records to import in a workbook of their own</source>
        <translation>มีแผ่นงานมากกว่า {most:,} แผ่น โปรดแยกรายการที่จะนำเข้าไว้ในสมุดงานของตัวเอง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="211"/>
        <source>the sheet “{sheet}” has more than {most:,} merged cells; unmerge them (Excel: Home → Merge &amp; Center → Unmerge Cells)</source>
        <translation>แผ่นงาน “{sheet}” มีเซลล์ที่ผสานกันมากกว่า {most:,} ช่วง โปรดยกเลิกการผสานเซลล์ (Excel: หน้าแรก → ผสานและจัดกึ่งกลาง → ยกเลิกการผสานเซลล์)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="214"/>
        <source>{what} has a row with more than {most:,} columns, Excel&apos;s limit; the file is damaged: open it in Excel and save it again as .xlsx</source>
        <translation>{what} มีแถวที่มีคอลัมน์มากกว่า {most:,} คอลัมน์ ซึ่งเกินขีดจำกัดของ Excel ไฟล์เสียหาย โปรดเปิดใน Excel แล้วบันทึกใหม่เป็น .xlsx</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="217"/>
        <source>{what} lists row {row} after row {after}; the file is damaged: open it in Excel and save it again as .xlsx</source>
        <translation>{what} มีแถว {row} อยู่หลังแถว {after} ไฟล์เสียหาย โปรดเปิดใน Excel แล้วบันทึกใหม่เป็น .xlsx</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="220"/>
        <source>{what}, row {row}: a cell refers to a text the file does not hold; the file is damaged: open it in Excel and save it again as .xlsx</source>
        <translation>{what} แถว {row}: เซลล์อ้างถึงข้อความที่ไม่มีในไฟล์ ไฟล์เสียหาย โปรดเปิดใน Excel แล้วบันทึกใหม่เป็น .xlsx</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="225"/>
        <source>file</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="226"/>
        <source>spreadsheet</source>
        <translation>ไฟล์ตารางคำนวณ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="227"/>
        <source>mapping file</source>
        <translation>ไฟล์จับคู่คอลัมน์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="228"/>
        <source>backup</source>
        <translation>ไฟล์สำรองข้อมูล</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="229"/>
        <source>file to attach</source>
        <translation>ไฟล์ที่จะแนบ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="230"/>
        <source>{path} does not exist.</source>
        <translation>ไม่พบ {path}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="231"/>
        <source>{path} cannot be read: {detail}.</source>
        <translation>อ่าน {path} ไม่ได้: {detail}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="232"/>
        <source>{path} is a folder; choose a {what}.</source>
        <translation>{path} เป็นโฟลเดอร์ โปรดเลือก{what}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="233"/>
        <source>{path} is not a regular file; choose a {what}.</source>
        <translation>{path} ไม่ใช่ไฟล์ปกติ โปรดเลือก{what}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="235"/>
        <source>{path} is the database this app has open; it cannot be used as a {what}.</source>
        <translation>{path} คือฐานข้อมูลที่โปรแกรมนี้เปิดอยู่ จึงใช้เป็น{what}ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="237"/>
        <source>{path} is a folder; choose a file name.</source>
        <translation>{path} เป็นโฟลเดอร์ โปรดตั้งชื่อไฟล์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="239"/>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="640"/>
        <source>The folder {folder} does not exist.</source>
        <translation>ไม่มีโฟลเดอร์ {folder}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="240"/>
        <source>{name} is the name of a database&apos;s working file (-wal, -shm, -journal); choose another file name.</source>
        <translation>{name} เป็นชื่อไฟล์ทำงานของฐานข้อมูล (-wal, -shm, -journal) โปรดตั้งชื่อไฟล์อื่น</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="243"/>
        <source>{path} is the database this app has open; choose another file name.</source>
        <translation>{path} คือฐานข้อมูลที่โปรแกรมนี้เปิดอยู่ โปรดตั้งชื่อไฟล์อื่น</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="245"/>
        <source>{path} is not a regular file; choose another file name.</source>
        <translation>{path} ไม่ใช่ไฟล์ปกติ โปรดตั้งชื่อไฟล์อื่น</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="247"/>
        <source>{path} is a database; it will not be overwritten. Choose another file name.</source>
        <translation>{path} เป็นฐานข้อมูล จะไม่ถูกเขียนทับ โปรดตั้งชื่อไฟล์อื่น</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="250"/>
        <source>{path} is read-only; choose another file name.</source>
        <translation>{path} เป็นไฟล์อ่านอย่างเดียว โปรดตั้งชื่อไฟล์อื่น</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="252"/>
        <source>Cannot write in the folder {folder}: {detail}.</source>
        <translation>เขียนลงในโฟลเดอร์ {folder} ไม่ได้: {detail}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="256"/>
        <source>{file} is empty (0 bytes); there is nothing to import.</source>
        <translation>{file} ว่างเปล่า (0 ไบต์) ไม่มีข้อมูลให้นำเข้า</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="258"/>
        <source>{file} is an old Excel 97–2003 workbook or a password-protected one; open it in Excel, remove any password and save it as an Excel Workbook (.xlsx).</source>
        <translation>{file} เป็นสมุดงาน Excel 97–2003 แบบเก่าหรือสมุดงานที่ตั้งรหัสผ่านไว้ โปรดเปิดใน Excel ลบรหัสผ่าน (ถ้ามี) แล้วบันทึกเป็นสมุดงาน Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="261"/>
        <source>{file} is an OpenDocument spreadsheet; save it as .xlsx (Excel 2007-365) and import that.</source>
        <translation>{file} เป็นตารางคำนวณ OpenDocument โปรดบันทึกเป็น .xlsx (Excel 2007-365) แล้วนำเข้าไฟล์นั้น</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="264"/>
        <source>{file} is not an Excel workbook (its contents are not a .xlsx file); save it from Excel as .xlsx or as CSV UTF-8.</source>
        <translation>{file} ไม่ใช่สมุดงาน Excel (เนื้อหาไม่ใช่ไฟล์ .xlsx) โปรดบันทึกจาก Excel เป็น .xlsx หรือ CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="267"/>
        <source>{file} {problem}.</source>
        <translation>{file} {problem}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="268"/>
        <source>{file}: {problem}.</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="269"/>
        <source>{file} has no sheet “{sheet}”; it has: {sheets}.</source>
        <translation>{file} ไม่มีแผ่นงาน “{sheet}” มีเพียง: {sheets}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="271"/>
        <source>{file} has no rows to import (every sheet is empty).</source>
        <translation>{file} ไม่มีแถวให้นำเข้า (ทุกแผ่นงานว่างเปล่า)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="273"/>
        <source>{file} has several sheets that could hold the records: {sheets}. Choose one (--sheet NAME).</source>
        <translation>{file} มีหลายแผ่นงานที่อาจเป็นรายการที่ต้องการ: {sheets} โปรดเลือกแผ่นงานหนึ่ง (--sheet NAME)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="278"/>
        <source>partners</source>
        <translation>คู่ความร่วมมือ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="279"/>
        <source>units</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="280"/>
        <source>agreements</source>
        <translation>ความตกลง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="281"/>
        <source>projects</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="282"/>
        <source>goals</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="283"/>
        <source>frameworks</source>
        <translation>กรอบยุทธศาสตร์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="284"/>
        <source>activities</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="285"/>
        <source>there is no {what} with id {id} (or it is in the trash)</source>
        <translation>ไม่มี{what}ที่มีรหัส {id} (หรืออยู่ในถังขยะ)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="287"/>
        <source>no {what} is named &apos;{text}&apos;; add it first, or check the spelling</source>
        <translation>ไม่มี{what}ชื่อ &apos;{text}&apos; โปรดเพิ่มก่อน หรือตรวจสอบการสะกด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="289"/>
        <source>&apos;{text}&apos; names {n} {what} ({shown}); write the one meant with its id, e.g. &apos;{text} [{id}]&apos;</source>
        <translation>&apos;{text}&apos; ตรงกับ{what} {n} รายการ ({shown}) โปรดระบุรายการที่ต้องการพร้อมรหัส เช่น &apos;{text} [{id}]&apos;</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="292"/>
        <source>{problems}</source>
        <translation>{problems}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="295"/>
        <source>Row {row}</source>
        <translation>แถว {row}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="296"/>
        <source>column {letter}</source>
        <translation>คอลัมน์ {letter}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="297"/>
        <source>sheet “{sheet}”</source>
        <translation>แผ่นงาน “{sheet}”</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="298"/>
        <source>{file}, sheet “{sheet}”</source>
        <translation>{file} แผ่นงาน “{sheet}”</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="299"/>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="300"/>
        <source> and </source>
        <translation> และ </translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="301"/>
        <source>holds {length:,} characters; a cell holds at most {most:,} characters, as in Excel. Shorten it</source>
        <translation>มี {length:,} ตัวอักษร เซลล์หนึ่งเก็บได้ไม่เกิน {most:,} ตัวอักษรเช่นเดียวกับ Excel โปรดตัดให้สั้นลง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="304"/>
        <source>has bytes that are not {encoding} text (shown as �): “{text}”. Correct them, or save the file again as CSV UTF-8</source>
        <translation>มีไบต์ที่ไม่ใช่ข้อความ {encoding} (แสดงเป็น �): “{text}” โปรดแก้ไข หรือบันทึกไฟล์ใหม่เป็น CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="307"/>
        <source>the file has no column &apos;{column}&apos;; its columns are: {columns}</source>
        <translation>ไฟล์ไม่มีคอลัมน์ &apos;{column}&apos; คอลัมน์ของไฟล์คือ: {columns}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="309"/>
        <source>&apos;{key}&apos; is not a {what} field; use one of: {keys}</source>
        <translation>&apos;{key}&apos; ไม่ใช่ข้อมูลของ{what} โปรดใช้ค่าใดค่าหนึ่งต่อไปนี้: {keys}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="311"/>
        <source>no header row was found; the first row should name the columns (e.g. Name, Country).</source>
        <translation>ไม่พบแถวหัวตาราง แถวแรกควรเป็นชื่อคอลัมน์ (เช่น ชื่อ, ประเทศ)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="314"/>
        <source>none of the columns ({found}) names a {what} field; expected columns such as {expected}. Rename the headers or map the columns yourself.</source>
        <translation>ไม่มีคอลัมน์ใด ({found}) ที่ตรงกับข้อมูลของ{what} คอลัมน์ที่ควรมี เช่น {expected} โปรดเปลี่ยนชื่อหัวคอลัมน์หรือจับคู่คอลัมน์เอง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="317"/>
        <source>no column for {missing} (required); the file&apos;s columns are: {found}.</source>
        <translation>ไม่มีคอลัมน์สำหรับ {missing} (จำเป็นต้องมี) คอลัมน์ของไฟล์คือ: {found}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="319"/>
        <source>{file}: the sheet “{sheet}” has more than {most:,} rows to import; import at most {most:,} at a time (split the file).</source>
        <translation>{file}: แผ่นงาน “{sheet}” มีแถวที่จะนำเข้ามากกว่า {most:,} แถว นำเข้าได้ครั้งละไม่เกิน {most:,} แถว (โปรดแบ่งไฟล์)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="322"/>
        <source>repeats row {row} (same {same}); keep one of the two rows</source>
        <translation>ซ้ำกับแถว {row} ({same}เดียวกัน) โปรดเก็บไว้เพียงแถวเดียว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="324"/>
        <source>name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="325"/>
        <source>name and country</source>
        <translation>ชื่อและประเทศ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="326"/>
        <source>name and partner</source>
        <translation>ชื่อและคู่ความร่วมมือ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="327"/>
        <source>name and date</source>
        <translation>ชื่อและวันที่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="328"/>
        <source>there are no rows to import below the header.</source>
        <translation>ไม่มีแถวให้นำเข้าใต้แถวหัวตาราง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="330"/>
        <source>cells {cells} are merged; unmerge them (Excel: Home → Merge &amp; Center → Unmerge Cells), fill in every row and import again</source>
        <translation>เซลล์ {cells} ถูกผสานไว้ โปรดยกเลิกการผสาน (Excel: หน้าแรก → ผสานและจัดกึ่งกลาง → ยกเลิกการผสานเซลล์) กรอกข้อมูลให้ครบทุกแถวแล้วนำเข้าใหม่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="333"/>
        <source>updates the same record as row {row} ({match}); skip one of the two rows</source>
        <translation>ปรับปรุงรายการเดียวกับแถว {row} ({match}) โปรดข้ามแถวใดแถวหนึ่ง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="335"/>
        <source>{n} problem(s) in the file, so nothing was imported. {first}</source>
        <translation>พบปัญหา {n} รายการในไฟล์ จึงไม่ได้นำเข้าข้อมูลใดเลย {first}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="337"/>
        <source>Row {row} could not be saved ({problem}); nothing was imported.</source>
        <translation>บันทึกแถว {row} ไม่ได้ ({problem}) จึงไม่ได้นำเข้าข้อมูลใดเลย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="341"/>
        <source>the date cell holds {text}, a Buddhist-Era year: read as {value}</source>
        <translation>เซลล์วันที่มีค่า {text} ซึ่งเป็นปี พ.ศ.: อ่านเป็น {value}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="346"/>
        <source>the cell holds the formula {formula} with no value: its text was kept as “{value}”</source>
        <translation>เซลล์มีสูตร {formula} ที่ไม่มีค่า: เก็บข้อความไว้เป็น “{value}”</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="349"/>
        <source>the cell holds the formula {formula}, which gives {error}: its text was kept as “{value}”</source>
        <translation>เซลล์มีสูตร {formula} ซึ่งให้ผลเป็น {error}: เก็บข้อความไว้เป็น “{value}”</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="352"/>
        <source>the cell holds a formula with no value, whose text an .xls file does not keep: the cell was left empty (save the sheet as .xlsx or .ods to keep it)</source>
        <translation>เซลล์นี้มีสูตรที่ไม่มีค่า และไฟล์ .xls ไม่เก็บข้อความของสูตรไว้ จึงเว้นเซลล์นี้ว่างไว้ (บันทึกชีตเป็น .xlsx หรือ .ods เพื่อเก็บข้อความไว้)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="355"/>
        <source>the cell holds a formula that gives {error}, whose text an .xls file does not keep: the cell was left empty (save the sheet as .xlsx or .ods to keep it)</source>
        <translation>เซลล์นี้มีสูตรที่ให้ผลเป็น {error} และไฟล์ .xls ไม่เก็บข้อความของสูตรไว้ จึงเว้นเซลล์นี้ว่างไว้ (บันทึกชีตเป็น .xlsx หรือ .ods เพื่อเก็บข้อความไว้)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="358"/>
        <source>the sheet has no title column: the agreement is titled “{title}”, as ties are</source>
        <translation>ชีตไม่มีคอลัมน์ชื่อเรื่อง: ตั้งชื่อความตกลงว่า “{title}” ตามแบบที่ใช้กับความสัมพันธ์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="361"/>
        <source>may be the same as row {row} ({name}): skip one of the two if it is</source>
        <translation>อาจเป็นรายการเดียวกับแถว {row} ({name}): หากใช่ ให้ข้ามแถวใดแถวหนึ่ง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="363"/>
        <source>“{label}” looks like a totals row, not a record: left out of the import</source>
        <translation>“{label}” ดูเหมือนแถวผลรวม ไม่ใช่รายการข้อมูล จึงไม่นำเข้าแถวนี้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="365"/>
        <source>a signing date with no tie type: write the type of the tie (e.g. sister city) or leave the date out</source>
        <translation>มีวันที่ลงนามแต่ไม่มีประเภทความสัมพันธ์: โปรดระบุประเภทความสัมพันธ์ (เช่น เมืองพี่เมืองน้อง) หรือเว้นวันที่ไว้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="368"/>
        <source>a new agreement ({type}) with the partner, signed {signed}, is created as well</source>
        <translation>จะสร้างความตกลงใหม่ ({type}) กับคู่ความร่วมมือนี้ด้วย ลงนามเมื่อ {signed}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="371"/>
        <source>its agreement ({type}) is already recorded: {match}</source>
        <translation>มีความตกลง ({type}) ของคู่ความร่วมมือนี้อยู่แล้ว: {match}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="373"/>
        <source>its agreement ({type}) {match} gets the signing date {signed}</source>
        <translation>ความตกลง ({type}) {match} จะได้รับวันที่ลงนาม {signed}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="375"/>
        <source>its agreement ({type}) {match} is recorded as signed {recorded}; the sheet&apos;s {signed} is not taken (change it in the agreement if it is right)</source>
        <translation>ความตกลง ({type}) {match} บันทึกไว้ว่าลงนามเมื่อ {recorded} จึงไม่ใช้ค่า {signed} ในแผ่นงาน (หากค่านี้ถูกต้อง โปรดแก้ไขที่ความตกลง)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="381"/>
        <source>{where} (note): {note}</source>
        <translation>{where} (หมายเหตุ): {note}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="382"/>
        <source>new</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="383"/>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="387"/>
        <source>update existing</source>
        <translation>ปรับปรุงรายการเดิม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="384"/>
        <source>possible duplicate</source>
        <translation>อาจซ้ำกับ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="385"/>
        <source>empty</source>
        <translation>ว่าง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="386"/>
        <source>create new</source>
        <translation>สร้างใหม่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="388"/>
        <source>skip</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="378"/>
        <source>Ties (agreements): {created:,} created, {dated:,} given their signing date.</source>
        <translation>ความสัมพันธ์ (ความตกลง): สร้างใหม่ {created:,} รายการ เติมวันที่ลงนาม {dated:,} รายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="343"/>
        <source>the cell holds a date, kept as the text {value}: if something else was typed there (a phone number, a code), the spreadsheet turned it into a date</source>
        <translation>เซลล์นี้เก็บวันที่ไว้ จึงบันทึกเป็นข้อความ {value} หากพิมพ์สิ่งอื่นไว้ (เบอร์โทรศัพท์ รหัส) โปรแกรมตารางคำนวณได้เปลี่ยนเป็นวันที่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="389"/>
        <source>{rows:,} rows, {new:,} new, {update:,} update existing, {duplicate:,} possible duplicates</source>
        <translation>{rows:,} แถว ใหม่ {new:,} แถว ปรับปรุงรายการเดิม {update:,} แถว อาจซ้ำ {duplicate:,} แถว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="392"/>
        <source>{n} empty</source>
        <translation>ว่าง {n} แถว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="393"/>
        <source>{n} with problems</source>
        <translation>มีปัญหา {n} แถว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="394"/>
        <source>Wrote {rows} to {file} ({report}).</source>
        <translation>เขียน{rows} ลงใน {file} แล้ว ({report})</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="395"/>
        <source>Wrote {rows} on {sheets} sheets to {file} ({report}).</source>
        <translation>เขียน{rows} ใน {sheets} แผ่นงาน ลงใน {file} แล้ว ({report})</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="397"/>
        <source>1 row</source>
        <translation> 1 แถว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="398"/>
        <source>{n:,} rows</source>
        <translation> {n:,} แถว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="400"/>
        <source>Agreements expiring within {days} days: {n}</source>
        <translation>ความตกลงที่จะหมดอายุภายใน {days} วัน: {n}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="401"/>
        <source>[{id}] {title} — expires {date} (in {days} days)</source>
        <translation>[{id}] {title} — หมดอายุ {date} (อีก {days} วัน)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="403"/>
        <source>Expired within the last {days} days but still marked active: {n}</source>
        <translation>หมดอายุแล้วภายใน {days} วันที่ผ่านมา แต่ยังมีสถานะมีผลอยู่: {n}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="405"/>
        <source>[{id}] {title} — expired {date} ({days} days ago)</source>
        <translation>[{id}] {title} — หมดอายุเมื่อ {date} ({days} วันที่แล้ว)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="407"/>
        <source>[{id}] {title} — expired {date} (yesterday)</source>
        <translation>[{id}] {title} — หมดอายุเมื่อ {date} (เมื่อวาน)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="409"/>
        <source>[{id}] {title} — expires {date} (tomorrow)</source>
        <translation>[{id}] {title} — หมดอายุ {date} (พรุ่งนี้)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="411"/>
        <source>[{id}] {title} — expires {date} (today)</source>
        <translation>[{id}] {title} — หมดอายุ {date} (วันนี้)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="413"/>
        <source>Partners with no activity for {years} years: {n}</source>
        <translation>คู่ความร่วมมือที่ไม่มีกิจกรรมมา {years} ปี: {n}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="415"/>
        <source>[{id}] {name} — last activity {date}</source>
        <translation>[{id}] {name} — กิจกรรมล่าสุด {date}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="416"/>
        <source>never recorded</source>
        <translation>ยังไม่เคยบันทึก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="417"/>
        <source>Follow-up actions overdue: {n}</source>
        <translation>เรื่องที่ต้องติดตามซึ่งเกินกำหนด: {n}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="418"/>
        <source>Follow-up actions due within {days} days: {n}</source>
        <translation>เรื่องที่ต้องติดตามซึ่งครบกำหนดภายใน {days} วัน: {n}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="419"/>
        <source>Follow-up actions still to do: {n}</source>
        <translation>เรื่องที่ต้องติดตามซึ่งยังต้องดำเนินการ: {n}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="420"/>
        <source>Follow-up actions: {n}</source>
        <translation>เรื่องที่ต้องติดตาม: {n}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="421"/>
        <source>Overdue follow-up actions: {n}</source>
        <translation>เรื่องที่ต้องติดตามซึ่งเกินกำหนด: {n}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="422"/>
        <source>[{id}] {title} — {when} [{status}]</source>
        <translation>[{id}] {title} — {when} [{status}]</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="423"/>
        <source>[{id}] {title} — {when}</source>
        <translation>[{id}] {title} — {when}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="424"/>
        <source>no due date</source>
        <translation>ไม่มีวันครบกำหนด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="425"/>
        <source>due {date}</source>
        <translation>ครบกำหนด {date}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="426"/>
        <source>due {date} ({days} days overdue)</source>
        <translation>ครบกำหนด {date} (เกินกำหนด {days} วัน)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="427"/>
        <source>due {date} (today)</source>
        <translation>ครบกำหนด {date} (วันนี้)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="428"/>
        <source>due {date} (in {days} days)</source>
        <translation>ครบกำหนด {date} (อีก {days} วัน)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="429"/>
        <source>due {date} (tomorrow)</source>
        <translation>ครบกำหนด {date} (พรุ่งนี้)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="430"/>
        <source>due {date} (1 day overdue)</source>
        <translation>ครบกำหนด {date} (เกินกำหนด 1 วัน)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="432"/>
        <source>Wrote {file}: {title} ({language}, {calendar}).</source>
        <translation>เขียน {file} แล้ว: {title} ({language}, {calendar})</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="433"/>
        <source>Thai</source>
        <translation>ภาษาไทย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="434"/>
        <source>English</source>
        <translation>ภาษาอังกฤษ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="435"/>
        <source>Buddhist Era calendar</source>
        <translation>ปฏิทินพุทธศักราช</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="436"/>
        <source>Gregorian calendar</source>
        <translation>ปฏิทินคริสต์ศักราช</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="437"/>
        <source>Wrote {file}: {agreements} (reminders {reminders} days before), {activities}, {actions}{cancelled} in the next {days:,} days.</source>
        <translation>เขียน {file} แล้ว: {agreements} (เตือนล่วงหน้า {reminders} วัน), {activities}, {actions}{cancelled} ในอีก {days:,} วันข้างหน้า</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="440"/>
        <source>1 agreement expiry</source>
        <translation>ความตกลงที่จะหมดอายุ 1 ฉบับ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="441"/>
        <source>{n:,} agreement expiries</source>
        <translation>ความตกลงที่จะหมดอายุ {n:,} ฉบับ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="442"/>
        <source>1 upcoming activity</source>
        <translation>กิจกรรมที่จะมาถึง 1 รายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="443"/>
        <source>{n:,} upcoming activities</source>
        <translation>กิจกรรมที่จะมาถึง {n:,} รายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="444"/>
        <source>1 follow-up action</source>
        <translation>เรื่องที่ต้องติดตาม 1 เรื่อง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="445"/>
        <source>{n:,} follow-up actions</source>
        <translation>เรื่องที่ต้องติดตาม {n:,} เรื่อง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="446"/>
        <source>, 1 cancelled event</source>
        <translation>, กิจกรรมที่ยกเลิก 1 รายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="447"/>
        <source>, {n:,} cancelled events</source>
        <translation>, กิจกรรมที่ยกเลิก {n:,} รายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="448"/>
        <source>{n:,} upcoming activities have only a month or a year for a date, and so no day in the calendar yet.</source>
        <translation>กิจกรรมที่จะมาถึง {n:,} รายการมีเพียงเดือนหรือปีเป็นวันที่ จึงยังไม่มีวันในปฏิทิน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="451"/>
        <source>1 upcoming activity has only a month or a year for a date, and so no day in the calendar yet.</source>
        <translation>กิจกรรมที่จะมาถึง 1 รายการมีเพียงเดือนหรือปีเป็นวันที่ จึงยังไม่มีวันในปฏิทิน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="454"/>
        <source>Note: {note}</source>
        <translation>หมายเหตุ: {note}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="455"/>
        <source>error: {error}</source>
        <translation>ข้อผิดพลาด: {error}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="456"/>
        <source>warning: {warning}</source>
        <translation>คำเตือน: {warning}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="457"/>
        <source>Empty register created: {file}</source>
        <translation>สร้างทะเบียนเปล่าแล้ว: {file}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="458"/>
        <source>Demo database written to {db}: {counts}</source>
        <translation>เขียนฐานข้อมูลตัวอย่างไว้ที่ {db} แล้ว: {counts}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="459"/>
        <source>Demo database written to {db}: {counts}; the previous file is kept as {kept}</source>
        <translation>เขียนฐานข้อมูลตัวอย่างไว้ที่ {db} แล้ว: {counts} ไฟล์เดิมเก็บไว้เป็น {kept}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="462"/>
        <source>{n:,} {what}</source>
        <translation>{what} {n:,}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="463"/>
        <source>No records match “{text}”.</source>
        <translation>ไม่พบระเบียนที่ตรงกับ “{text}”</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="464"/>
        <source>Backup written to {file}</source>
        <translation>เขียนสำเนาสำรองไว้ที่ {file} แล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="465"/>
        <source>The database that was at {file} is kept as {kept}</source>
        <translation>ฐานข้อมูลที่เคยอยู่ที่ {file} เก็บไว้เป็น {kept}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="467"/>
        <source>damaged backup {name} moved to {moved}: {reason}</source>
        <translation>ย้ายสำเนาสำรองที่เสียหาย {name} ไปไว้ที่ {moved}: {reason}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="469"/>
        <source>{n} attachment file(s) left out: another program changed them after they were attached</source>
        <translation>ไม่ได้รวมไฟล์แนบ {n} ไฟล์ เพราะโปรแกรมอื่นแก้ไขไฟล์เหล่านั้นหลังจากแนบไว้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="472"/>
        <source>{file} restored from {source}</source>
        <translation>กู้คืน {file} จาก {source} แล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="473"/>
        <source>{file} restored from {source}; the previous file is kept as {kept}</source>
        <translation>กู้คืน {file} จาก {source} แล้ว ไฟล์เดิมเก็บไว้เป็น {kept}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="475"/>
        <source>{n} attachment file(s) brought back</source>
        <translation>นำไฟล์แนบกลับมา {n} ไฟล์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="477"/>
        <source>{n} attachment file(s) are in neither the backup nor the attachments folder: {files}</source>
        <translation>ไฟล์แนบ {n} ไฟล์ไม่มีทั้งในสำเนาสำรองและในโฟลเดอร์ไฟล์แนบ: {files}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="480"/>
        <source>{db}: ok</source>
        <translation>{db}: เรียบร้อย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="481"/>
        <source>{db}: {n} problem(s) found.</source>
        <translation>{db}: พบปัญหา {n} รายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="482"/>
        <source>Wrote {file}: {nodes:,} nodes, {links:,} links ({layout} layout;{grouped} betweenness {betweenness}).</source>
        <translation>เขียน {file} แล้ว: {nodes:,} โหนด, {links:,} ความเชื่อมโยง (การจัดวางแบบ {layout};{grouped} ความเป็นสื่อกลาง{betweenness})</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="485"/>
        <source> grouped by {by},</source>
        <translation> จัดกลุ่มตาม {by},</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="486"/>
        <source>exact</source>
        <translation>แบบแม่นยำ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="487"/>
        <source>approximate ({n:,} sampled sources)</source>
        <translation>แบบประมาณ (สุ่มจุดเริ่มต้น {n:,} จุด)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="489"/>
        <source>{n} name(s) held control characters, which {suffix} files cannot hold; each was written as � instead.</source>
        <translation>ชื่อ {n} ชื่อมีอักขระควบคุม ซึ่งไฟล์ {suffix} เก็บไม่ได้ จึงเขียนเป็น � แทน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="492"/>
        <source>Reading {file}{sheet} (header on row {row}).</source>
        <translation>กำลังอ่าน {file}{sheet} (แถวหัวตารางคือแถวที่ {row})</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="494"/>
        <source>, sheet “{sheet}”</source>
        <translation> แผ่นงาน “{sheet}”</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="495"/>
        <source>Columns: {used}{ignored}</source>
        <translation>คอลัมน์: {used}{ignored}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="496"/>
        <source>; ignored: {columns}</source>
        <translation> ไม่ใช้: {columns}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="497"/>
        <source>{summary}.</source>
        <translation>{summary}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="498"/>
        <source>Row {rows}: empty, skipped.</source>
        <translation>แถว {rows}: ว่าง ข้ามไป</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="499"/>
        <source>Rows {rows}: empty, skipped.</source>
        <translation>แถว {rows}: ว่าง ข้ามไป</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="500"/>
        <source>Row {row}: {status} {match} → {action}{changes}.</source>
        <translation>แถว {row}: {status} {match} → {action}{changes}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="502"/>
        <source> ({fields})</source>
        <translation> ({fields})</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="503"/>
        <source> (no changes)</source>
        <translation> (ไม่มีการเปลี่ยนแปลง)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="504"/>
        <source>problems in {what}; nothing was imported.</source>
        <translation>พบปัญหาใน{what} จึงไม่ได้นำเข้าข้อมูลใดเลย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="506"/>
        <source>the file</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="507"/>
        <source>{n} row(s)</source>
        <translation> {n} แถว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="508"/>
        <source>{created} created, {updated} updated, {unchanged} unchanged, {skipped} skipped</source>
        <translation>สร้าง {created} ปรับปรุง {updated} ไม่เปลี่ยนแปลง {unchanged} ข้าม {skipped}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="511"/>
        <source>Dry run: {done} — nothing was changed.</source>
        <translation>ทดลองนำเข้า: {done} — ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="513"/>
        <source>Nothing to import: {done}.</source>
        <translation>ไม่มีข้อมูลให้นำเข้า: {done}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="514"/>
        <source>Imported: {done} (batch {batch}). To undo: undo-import --db {db} --batch {batch}</source>
        <translation>นำเข้าแล้ว: {done} (ชุด {batch}) หากต้องการยกเลิก: undo-import --db {db} --batch {batch}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="519"/>
        <source>an agreement</source>
        <translation>ความตกลง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="520"/>
        <source>a project</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="521"/>
        <source>an activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="522"/>
        <source>a contact</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="523"/>
        <source>a follow-up action</source>
        <translation>การดำเนินการติดตามผล</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="524"/>
        <source>a lesson</source>
        <translation>บทเรียน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="525"/>
        <source>a framework</source>
        <translation>กรอบยุทธศาสตร์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="526"/>
        <source>a goal</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="527"/>
        <source>contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="528"/>
        <source>follow-up actions</source>
        <translation>การดำเนินการติดตามผล</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="529"/>
        <source>lessons</source>
        <translation>บทเรียน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="530"/>
        <source>{n:,} {what} created</source>
        <translation>สร้าง{what}ใหม่ {n:,} รายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="531"/>
        <source>{n:,} {what} updated</source>
        <translation>ปรับปรุง{what} {n:,} รายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="532"/>
        <source> (undone)</source>
        <translation> (ยกเลิกแล้ว)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="533"/>
        <source>there is no import to undo in this database.</source>
        <translation>ไม่มีการนำเข้าที่ยกเลิกได้ในฐานข้อมูลนี้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="534"/>
        <source>Undid {batch}: {deleted:,} records deleted, {restored:,} restored to what they were before.</source>
        <translation>ยกเลิกการนำเข้า {batch} แล้ว: ลบ {deleted:,} รายการ คืนค่าเดิม {restored:,} รายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="537"/>
        <source>&apos;{batch}&apos; is not an import; only imports can be undone here.</source>
        <translation>&apos;{batch}&apos; ไม่ใช่การนำเข้า ยกเลิกได้เฉพาะการนำเข้าเท่านั้น</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="539"/>
        <source>There is no import &apos;{batch}&apos; in this database.</source>
        <translation>ไม่มีการนำเข้า &apos;{batch}&apos; ในฐานข้อมูลนี้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="541"/>
        <source>The import &apos;{batch}&apos; has already been undone.</source>
        <translation>การนำเข้า &apos;{batch}&apos; ถูกยกเลิกไปแล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="542"/>
        <source>{what} “{name}” (id {id})</source>
        <translation>{what} “{name}” (รหัส {id})</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="543"/>
        <source>{what} {id}</source>
        <translation>{what} {id}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="545"/>
        <source>created</source>
        <translation>สร้างรายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="546"/>
        <source>changed</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="547"/>
        <source>moved to the trash</source>
        <translation>ย้ายไปยังถังขยะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="548"/>
        <source>restored</source>
        <translation>กู้คืน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="549"/>
        <source>deleted for good</source>
        <translation>ลบถาวร</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="550"/>
        <source>file attached</source>
        <translation>แนบไฟล์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="551"/>
        <source>attachment removed</source>
        <translation>นำไฟล์แนบออก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="552"/>
        <source>{record} was changed after the import ({action} by {user}, {when})</source>
        <translation>{record} ถูกแก้ไขหลังการนำเข้า ({action} โดย {user}, {when})</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="554"/>
        <source>{record} is now used by {by}</source>
        <translation>{record} ถูกใช้โดย{by}แล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="555"/>
        <source>; and {n} more</source>
        <translation>; และอีก {n} รายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="556"/>
        <source>The import cannot be undone without losing later work: {conflicts}{more}. Nothing was changed; correct these records by hand.</source>
        <translation>ยกเลิกการนำเข้าไม่ได้โดยไม่ทำให้งานที่ทำภายหลังสูญหาย: {conflicts}{more} ไม่มีการเปลี่ยนแปลงใด ๆ โปรดแก้ไขรายการเหล่านี้ด้วยตนเอง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="561"/>
        <source>The server {where} refused the user name or password. Check them and try again.</source>
        <translation>เซิร์ฟเวอร์ {where} ไม่ยอมรับชื่อผู้ใช้หรือรหัสผ่าน โปรดตรวจสอบแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="564"/>
        <source>The server has no database by that name ({where}). Check the name with the office&apos;s IT person.</source>
        <translation>เซิร์ฟเวอร์ไม่มีฐานข้อมูลชื่อนี้ ({where}) โปรดตรวจสอบชื่อกับเจ้าหน้าที่ไอทีของสำนักงาน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="567"/>
        <source>The server does not know that user name ({where}). Check the name.</source>
        <translation>เซิร์ฟเวอร์ไม่รู้จักชื่อผู้ใช้นี้ ({where}) โปรดตรวจสอบชื่อ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="569"/>
        <source>The server {where} does not accept connections from this computer or user; ask the office&apos;s IT person to allow it.</source>
        <translation>เซิร์ฟเวอร์ {where} ไม่รับการเชื่อมต่อจากคอมพิวเตอร์หรือผู้ใช้นี้ โปรดขอให้เจ้าหน้าที่ไอทีของสำนักงานอนุญาต</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="572"/>
        <source>The database server {where} cannot be reached. Check the server&apos;s name and port and that this computer is on the office network.</source>
        <translation>ติดต่อเซิร์ฟเวอร์ฐานข้อมูล {where} ไม่ได้ โปรดตรวจสอบชื่อและพอร์ตของเซิร์ฟเวอร์ และว่าคอมพิวเตอร์นี้อยู่ในเครือข่ายของสำนักงาน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="575"/>
        <source>The connection to the database server {where} was lost. Nothing after the last save was kept; reconnect and try again.</source>
        <translation>การเชื่อมต่อกับเซิร์ฟเวอร์ฐานข้อมูล {where} ขาดหาย สิ่งที่ทำหลังการบันทึกครั้งล่าสุดไม่ได้ถูกเก็บไว้ โปรดเชื่อมต่อใหม่แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="578"/>
        <source>The database {where} holds another application&apos;s tables, not bkk_relations&apos;; it was not changed.</source>
        <translation>ฐานข้อมูล {where} มีตารางของโปรแกรมอื่น ไม่ใช่ของ bkk_relations จึงไม่ได้เปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="581"/>
        <source>The database {where} was written by a newer version of bkk_relations (schema {detail}). Update the app to use it; nothing was changed.</source>
        <translation>ฐานข้อมูล {where} ถูกเขียนโดย bkk_relations รุ่นที่ใหม่กว่า (โครงสร้าง {detail}) โปรดปรับรุ่นโปรแกรมก่อนใช้งาน ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="584"/>
        <source>The database {where} needs upgrading to this version of the app, and your login may only read; ask an editor to open it first.</source>
        <translation>ฐานข้อมูล {where} ต้องปรับให้เข้ากับโปรแกรมรุ่นนี้ แต่บัญชีของคุณอ่านได้อย่างเดียว โปรดให้ผู้มีสิทธิ์แก้ไขเปิดก่อน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="587"/>
        <source>Your login cannot set up the database {where}; ask the office&apos;s IT person to set it up (see the README&apos;s &apos;Shared office server&apos;).</source>
        <translation>บัญชีของคุณตั้งค่าฐานข้อมูล {where} ไม่ได้ โปรดขอให้เจ้าหน้าที่ไอทีของสำนักงานตั้งค่าให้ (ดูหัวข้อ &apos;Shared office server&apos; ใน README)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="590"/>
        <source>Could not connect to the database server {where}: {detail}</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์ฐานข้อมูล {where} ไม่ได้: {detail}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="594"/>
        <source>between 1 and {most:,} partners can be generated, not {n}</source>
        <translation>สร้างคู่ความร่วมมือได้ตั้งแต่ 1 ถึง {most:,} ราย ไม่ใช่ {n}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="598"/>
        <source>Give the view a name.</source>
        <translation>ตั้งชื่อมุมมองนี้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="599"/>
        <source>At most {most} characters.</source>
        <translation>ไม่เกิน {most} ตัวอักษร</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="600"/>
        <source>A name is one line without control characters.</source>
        <translation>ชื่อต้องเป็นบรรทัดเดียวและไม่มีอักขระควบคุม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="602"/>
        <source>A view called &apos;{name}&apos; exists already.</source>
        <translation>มีมุมมองชื่อ &apos;{name}&apos; อยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="605"/>
        <source>&apos;{key}&apos; is not a setting of bkk_relations.</source>
        <translation>&apos;{key}&apos; ไม่ใช่การตั้งค่าของ bkk_relations</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="606"/>
        <source>&apos;{key}&apos; is a preference of the app on one computer, not a setting of the database.</source>
        <translation>&apos;{key}&apos; เป็นค่ากำหนดของโปรแกรมบนคอมพิวเตอร์เครื่องหนึ่ง ไม่ใช่การตั้งค่าของฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="609"/>
        <source>{what} takes {expected}.</source>
        <translation>{what}ต้องเป็น{expected}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="610"/>
        <source>a whole number</source>
        <translation>จำนวนเต็ม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="611"/>
        <source>text</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="612"/>
        <source>yes or no</source>
        <translation>ใช่หรือไม่ใช่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="613"/>
        <source>{what} must be between {low} and {high} (got {value}).</source>
        <translation>{what}ต้องอยู่ระหว่าง {low} ถึง {high} (ได้รับ {value})</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="615"/>
        <source>{what} must be one of: {known} (got &apos;{value}&apos;).</source>
        <translation>{what}ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: {known} (ได้รับ &apos;{value}&apos;)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="617"/>
        <source>The home city&apos;s English name</source>
        <translation>ชื่อเมืองภาษาอังกฤษ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="618"/>
        <source>The home city&apos;s Thai name</source>
        <translation>ชื่อเมืองภาษาไทย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="619"/>
        <source>The home country</source>
        <translation>ประเทศของเมือง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="620"/>
        <source>The home city&apos;s latitude</source>
        <translation>ละติจูดของเมืองหลัก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="621"/>
        <source>The home city&apos;s longitude</source>
        <translation>ลองจิจูดของเมืองหลัก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="622"/>
        <source>The shared attachments folder</source>
        <translation>โฟลเดอร์ไฟล์แนบที่ใช้ร่วมกัน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="623"/>
        <source>The demo notice</source>
        <translation>ข้อความแจ้งของฐานข้อมูลตัวอย่าง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="624"/>
        <source>The Thai demo notice</source>
        <translation>ข้อความแจ้งภาษาไทยของฐานข้อมูลตัวอย่าง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="625"/>
        <source>The demo&apos;s fingerprint</source>
        <translation>รหัสตรวจสอบของฐานข้อมูลตัวอย่าง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="626"/>
        <source>The positions in the graph</source>
        <translation>ตำแหน่งในกราฟ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="627"/>
        <source>Automatic backups</source>
        <translation>การสำรองข้อมูลอัตโนมัติ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="628"/>
        <source>Daily backups to keep</source>
        <translation>จำนวนข้อมูลสำรองรายวันที่เก็บไว้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="629"/>
        <source>Weekly backups to keep</source>
        <translation>จำนวนข้อมูลสำรองรายสัปดาห์ที่เก็บไว้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="630"/>
        <source>The language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="631"/>
        <source>The calendar</source>
        <translation>ปฏิทิน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="632"/>
        <source>Thai dates in Thai digits</source>
        <translation>วันที่แบบไทยเป็นเลขไทย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="635"/>
        <source>{file} already exists; choose a new file name.</source>
        <translation>{file} มีอยู่แล้ว โปรดตั้งชื่อไฟล์ใหม่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="636"/>
        <source>{file} is a folder, not a database file.</source>
        <translation>{file} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="637"/>
        <source>{file} is not a regular file; it cannot be a database.</source>
        <translation>{file} ไม่ใช่ไฟล์ปกติ จึงเป็นฐานข้อมูลไม่ได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="639"/>
        <source>{file} does not exist.</source>
        <translation>ไม่พบ {file}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="641"/>
        <source>{file} is empty; it is not a bkk_relations database yet.</source>
        <translation>{file} ว่างเปล่า ยังไม่ใช่ฐานข้อมูล bkk_relations</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="643"/>
        <source>{file} could not be opened: {detail}.</source>
        <translation>เปิด {file} ไม่ได้: {detail}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="644"/>
        <source>{file} is read-only and needs upgrading to this version of the app; copy it to a folder you can write to and open the copy.</source>
        <translation>{file} เป็นไฟล์อ่านอย่างเดียวและต้องปรับให้เข้ากับโปรแกรมรุ่นนี้ โปรดคัดลอกไปยังโฟลเดอร์ที่เขียนได้แล้วเปิดไฟล์ที่คัดลอก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="647"/>
        <source>{file} is open read-only; changes cannot be saved.</source>
        <translation>{file} เปิดแบบอ่านอย่างเดียว บันทึกการเปลี่ยนแปลงไม่ได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="649"/>
        <source>{file} is not a bkk_relations database (it is not an SQLite file at all).</source>
        <translation>{file} ไม่ใช่ฐานข้อมูล bkk_relations (ไม่ใช่ไฟล์ SQLite เลย)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="651"/>
        <source>{file} cannot be read.</source>
        <translation>อ่าน {file} ไม่ได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="652"/>
        <source>{file} is damaged and cannot be opened ({detail}).</source>
        <translation>{file} เสียหายและเปิดไม่ได้ ({detail})</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="654"/>
        <source>{file} is a database of another application, not of bkk_relations; it was not changed.</source>
        <translation>{file} เป็นฐานข้อมูลของโปรแกรมอื่น ไม่ใช่ของ bkk_relations ไฟล์ไม่ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="657"/>
        <source>{file} was written by a newer version of bkk_relations (schema {version}; this app knows up to {known}). Update the app to open it; the file was not changed.</source>
        <translation>{file} ถูกเขียนโดย bkk_relations รุ่นที่ใหม่กว่า (โครงสร้าง {version} โปรแกรมนี้รู้จักถึง {known}) โปรดปรับรุ่นโปรแกรมเพื่อเปิดไฟล์นี้ ไฟล์ไม่ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="660"/>
        <source>{file} is damaged: tables are missing ({tables}). It was not changed; restore it from a backup.</source>
        <translation>{file} เสียหาย: ตารางขาดหายไป ({tables}) ไฟล์ไม่ถูกเปลี่ยนแปลง โปรดกู้คืนจากข้อมูลสำรอง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="663"/>
        <source>{file} is damaged ({detail}) and was not upgraded; restore it from a backup.</source>
        <translation>{file} เสียหาย ({detail}) จึงไม่ได้ปรับให้เข้ากับรุ่นนี้ โปรดกู้คืนจากข้อมูลสำรอง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="667"/>
        <source>No framework is called &apos;{name}&apos;. Frameworks: {choices}.</source>
        <translation>ไม่มีกรอบยุทธศาสตร์ชื่อ &apos;{name}&apos; กรอบยุทธศาสตร์ที่มี: {choices}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="669"/>
        <source>Several frameworks are called &apos;{name}&apos;; give its number ({ids}).</source>
        <translation>มีกรอบยุทธศาสตร์หลายกรอบชื่อ &apos;{name}&apos; โปรดระบุหมายเลข ({ids})</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="671"/>
        <source>{file} has no sheet with the columns Code and English; a framework sheet has Code, Parent code, English, Thai and Description.</source>
        <translation>{file} ไม่มีแผ่นงานที่มีคอลัมน์รหัสและชื่อภาษาอังกฤษ แผ่นงานกรอบยุทธศาสตร์มีคอลัมน์ รหัส รหัสเป้าหมายหลัก ชื่อภาษาอังกฤษ ชื่อภาษาไทย และคำอธิบาย</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="674"/>
        <source>{file} was not imported: {problems}{more}. Nothing was changed.</source>
        <translation>ไม่ได้นำเข้า {file}: {problems}{more} ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="676"/>
        <source> (and {n} more)</source>
        <translation> (และอีก {n} รายการ)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="677"/>
        <source>row {row}: no code</source>
        <translation>แถว {row}: ไม่มีรหัส</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="678"/>
        <source>row {row}: code {code} is also on row {other}</source>
        <translation>แถว {row}: รหัส {code} ซ้ำกับแถว {other}</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="680"/>
        <source>row {row}: no English name</source>
        <translation>แถว {row}: ไม่มีชื่อภาษาอังกฤษ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="681"/>
        <source>row {row}: parent code {code} is neither in the sheet nor in the framework</source>
        <translation>แถว {row}: รหัสเป้าหมายหลัก {code} ไม่มีทั้งในแผ่นงานและในกรอบยุทธศาสตร์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="684"/>
        <source>row {row}: a goal cannot be its own parent</source>
        <translation>แถว {row}: เป้าหมายเป็นเป้าหมายหลักของตัวเองไม่ได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="686"/>
        <source>goal {code}: its parent codes go round in a loop</source>
        <translation>เป้าหมาย {code}: รหัสเป้าหมายหลักวนกลับมาที่เดิม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="688"/>
        <source>Imported into {framework}: {created} goals added, {updated} updated, {unchanged} unchanged (undo with: undo-import {batch}).</source>
        <translation>นำเข้าสู่ {framework} แล้ว: เพิ่มเป้าหมาย {created} รายการ ปรับปรุง {updated} รายการ ไม่เปลี่ยนแปลง {unchanged} รายการ (ยกเลิกได้ด้วย: undo-import {batch})</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="691"/>
        <source>{framework} already holds every goal of the sheet as it is; nothing was changed.</source>
        <translation>{framework} มีเป้าหมายทุกรายการในแผ่นงานตรงกันอยู่แล้ว ไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="694"/>
        <source>Wrote the {n} goals of {framework} to {file}.</source>
        <translation>บันทึกเป้าหมาย {n} รายการของ {framework} ลงใน {file} แล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="696"/>
        <source>Wrote the strategy view of {framework} to {file}: {goals} goals, {uncovered} with no cooperation going on; {units} units, {idle} taking no part.</source>
        <translation>บันทึกภาพรวมยุทธศาสตร์ของ {framework} ลงใน {file} แล้ว: {goals} เป้าหมาย ไม่มีความร่วมมือ {uncovered} เป้าหมาย หน่วยงาน {units} แห่ง ไม่มีส่วนร่วม {idle} แห่ง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="699"/>
        <source>Wrote the year in review {year} to {file} ({rows} rows on {sheets} sheets).</source>
        <translation>บันทึกสรุปผลการดำเนินงานปี {year} ลงใน {file} แล้ว ({rows} แถว ใน {sheets} แผ่นงาน)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="702"/>
        <source>&apos;{value}&apos; is not a year; give it as 2024 or 2567.</source>
        <translation>&apos;{value}&apos; ไม่ใช่ปี โปรดระบุเป็น 2024 หรือ 2567</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="704"/>
        <source>{file} is empty; it is not a backup of a bkk_relations database.</source>
        <translation>{file} ว่างเปล่า ไม่ใช่ข้อมูลสำรองของฐานข้อมูล bkk_relations</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/core/messages/catalogue.py" line="706"/>
        <source>{file} is damaged ({detail}).</source>
        <translation>{file} เสียหาย ({detail})</translation>
    </message>
</context>
</TS>
