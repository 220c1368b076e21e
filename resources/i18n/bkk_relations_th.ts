<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
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
        <location filename="../../bkk_relations/ui/dashboard.py" line="143"/>
        <source>Partner</source>
        <translation>คู่ความร่วมมือ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="143"/>
        <source>Last activity</source>
        <translation>กิจกรรมล่าสุด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="147"/>
        <source>never</source>
        <translation>ยังไม่มี</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="165"/>
        <source>Agreements signed per year</source>
        <translation>จำนวนความตกลงที่ลงนามในแต่ละปี</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="172"/>
        <source>Partners by region</source>
        <translation>คู่ความร่วมมือจำแนกตามภูมิภาค</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="178"/>
        <source>Projects by sector</source>
        <translation>โครงการจำแนกตามสาขา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="183"/>
        <source>Projects by SDG</source>
        <translation>โครงการจำแนกตามเป้าหมาย SDG</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/dashboard.py" line="189"/>
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
    <name>ListPage</name>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="68"/>
        <source>Filter this list (English or Thai)…</source>
        <translation>กรองรายการ (ภาษาอังกฤษหรือภาษาไทย)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="83"/>
        <source>Years</source>
        <translation>ปี</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="115"/>
        <source>Click to sort; right-click to choose columns</source>
        <translation>คลิกเพื่อเรียงลำดับ คลิกขวาเพื่อเลือกคอลัมน์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="142"/>
        <source>any</source>
        <translation>ไม่ระบุ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="143"/>
        <source>Year, in the calendar chosen in Settings</source>
        <translation>ปีตามศักราชที่เลือกไว้ในการตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="153"/>
        <source>All kinds</source>
        <translation>ทุกลักษณะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="153"/>
        <source>All statuses</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="154"/>
        <source>All regions</source>
        <translation>ทุกภูมิภาค</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="154"/>
        <source>All types</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="155"/>
        <source>All sectors</source>
        <translation>ทุกสาขา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="155"/>
        <source>All SDGs</source>
        <translation>ทุกเป้าหมาย SDG</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="156"/>
        <source>All countries</source>
        <translation>ทุกประเทศ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="214"/>
        <source>%1 of %2 shown</source>
        <translation>แสดง %1 จาก %2 รายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="292"/>
        <source>Select a record to see its details.</source>
        <translation>เลือกรายการเพื่อดูรายละเอียด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="323"/>
        <source>Effective from</source>
        <translation>มีผลตั้งแต่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="327"/>
        <source>Sectors</source>
        <translation>สาขา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="327"/>
        <source>SDGs</source>
        <translation>SDGs</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="328"/>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="338"/>
        <source>Website</source>
        <translation>เว็บไซต์</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="338"/>
        <source>Signatories</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="339"/>
        <source>Renewal terms</source>
        <translation>เงื่อนไขการต่ออายุ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="340"/>
        <source>Funding source</source>
        <translation>แหล่งงบประมาณ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="341"/>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="341"/>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="342"/>
        <source>Outcomes</source>
        <translation>ผลการดำเนินงาน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="342"/>
        <source>Source</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="349"/>
        <source>Linked records</source>
        <translation>รายการที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="365"/>
        <source>History</source>
        <translation>ประวัติการแก้ไข</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="367"/>
        <source>created</source>
        <translation>สร้างรายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="367"/>
        <source>changed</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="368"/>
        <source>moved to the trash</source>
        <translation>ย้ายไปยังถังขยะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/list_page.py" line="368"/>
        <source>restored</source>
        <translation>กู้คืน</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="116"/>
        <source>Dashboard</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="126"/>
        <source>Trash</source>
        <translation>ถังขยะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="128"/>
        <source>Search results</source>
        <translation>ผลการค้นหา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="149"/>
        <location filename="../../bkk_relations/ui/main_window.py" line="262"/>
        <source> (read-only)</source>
        <translation> (อ่านอย่างเดียว)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="175"/>
        <source>&amp;New database…</source>
        <translation>ฐานข้อมูลใหม่ (&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="176"/>
        <source>&amp;Open…</source>
        <translation>เปิด (&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="177"/>
        <source>&amp;Backup…</source>
        <translation>สำรองข้อมูล (&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="178"/>
        <source>Save a verified copy of the database</source>
        <translation>บันทึกสำเนาฐานข้อมูลที่ผ่านการตรวจสอบแล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="179"/>
        <source>&amp;Settings…</source>
        <translation>การตั้งค่า (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="181"/>
        <source>E&amp;xit</source>
        <translation>ออกจากโปรแกรม (&amp;X)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="182"/>
        <source>&amp;File</source>
        <translation>แฟ้ม (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="185"/>
        <source>Open &amp;recent</source>
        <translation>เปิดแฟ้มล่าสุด (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="193"/>
        <source>&amp;New record…</source>
        <translation>เพิ่มรายการใหม่ (&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="194"/>
        <source>Add a record to this list (Ctrl+N)</source>
        <translation>เพิ่มรายการใหม่ในหน้านี้ (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="195"/>
        <source>&amp;Edit record…</source>
        <translation>แก้ไขรายการ (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="196"/>
        <source>Edit the selected record (Ctrl+E or Enter)</source>
        <translation>แก้ไขรายการที่เลือก (Ctrl+E หรือ Enter)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="197"/>
        <source>&amp;Delete</source>
        <translation>ลบ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="199"/>
        <source>Move the selected record to the trash (Del)</source>
        <translation>ย้ายรายการที่เลือกไปยังถังขยะ (Del)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="200"/>
        <source>&amp;Undo delete</source>
        <translation>เลิกทำการลบ (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="202"/>
        <source>Bring back the record just deleted (Ctrl+Z)</source>
        <translation>นำรายการที่เพิ่งลบกลับคืนมา (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="204"/>
        <source>&amp;Find…</source>
        <translation>ค้นหา (&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="205"/>
        <source>Search every record (Ctrl+F)</source>
        <translation>ค้นหาจากทุกรายการ (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="206"/>
        <source>&amp;Edit</source>
        <translation>แก้ไข (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="210"/>
        <source>&amp;Refresh</source>
        <translation>รีเฟรช (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="212"/>
        <source>Read the data again (F5)</source>
        <translation>โหลดข้อมูลใหม่อีกครั้ง (F5)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="213"/>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="221"/>
        <source>&amp;Help</source>
        <translation>วิธีใช้ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="222"/>
        <source>&amp;About</source>
        <translation>เกี่ยวกับ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="224"/>
        <source>Main</source>
        <translation>แถบเครื่องมือหลัก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="232"/>
        <source>Search everything (Ctrl+F)…</source>
        <translation>ค้นหาทั้งหมด (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="233"/>
        <source>Type at least three letters, Thai or English; Enter opens the first result</source>
        <translation>พิมพ์อย่างน้อยสามตัวอักษร (ภาษาไทยหรือภาษาอังกฤษ) กด Enter เพื่อเปิดผลลัพธ์แรก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="271"/>
        <source>That record is no longer available.</source>
        <translation>ไม่พบรายการดังกล่าวแล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="293"/>
        <source>Cannot open the record</source>
        <translation>ไม่สามารถเปิดรายการได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="308"/>
        <source>Saved.</source>
        <translation>บันทึกเรียบร้อยแล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="318"/>
        <source>Cannot delete</source>
        <translation>ไม่สามารถลบได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="324"/>
        <source>Moved to the trash. Press Ctrl+Z to undo.</source>
        <translation>ย้ายไปยังถังขยะแล้ว กด Ctrl+Z เพื่อเลิกทำ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="333"/>
        <source>Cannot restore</source>
        <translation>ไม่สามารถกู้คืนได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="358"/>
        <source>bkk_relations databases (*.db *.sqlite);;All files (*)</source>
        <translation>ฐานข้อมูล bkk_relations (*.db *.sqlite);;แฟ้มทั้งหมด (*)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="361"/>
        <source>Open database</source>
        <translation>เปิดฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="368"/>
        <source>New database</source>
        <translation>สร้างฐานข้อมูลใหม่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="376"/>
        <source>Cannot create the file</source>
        <translation>ไม่สามารถสร้างแฟ้มได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="384"/>
        <source>Cannot open the file</source>
        <translation>ไม่สามารถเปิดแฟ้มได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="404"/>
        <source>Backup</source>
        <translation>สำรองข้อมูล</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="411"/>
        <source>Backup failed</source>
        <translation>สำรองข้อมูลไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="413"/>
        <source>Backup saved to %1</source>
        <translation>บันทึกข้อมูลสำรองไว้ที่ %1 แล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="425"/>
        <source>About bkk_relations</source>
        <translation>เกี่ยวกับ bkk_relations</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="426"/>
        <source>&lt;b&gt;bkk_relations&lt;/b&gt; %1&lt;br&gt;International relations register for a city&apos;s foreign affairs office.</source>
        <translation>&lt;b&gt;bkk_relations&lt;/b&gt; %1&lt;br&gt;ระบบทะเบียนข้อมูลความสัมพันธ์ระหว่างประเทศสำหรับหน่วยงานด้านการต่างประเทศของเมือง</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="141"/>
        <source>New %1</source>
        <translation>เพิ่ม%1ใหม่</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="142"/>
        <source>Edit %1</source>
        <translation>แก้ไข%1</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="173"/>
        <source>Save (Ctrl+S)</source>
        <translation>บันทึก (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="201"/>
        <source>(not an organisation)</source>
        <translation>(ไม่ใช่องค์กร)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="207"/>
        <source>(from the country)</source>
        <translation>(ตามประเทศ)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="230"/>
        <source>comma-separated, e.g. ASEAN, MCR2030</source>
        <translation>คั่นด้วยเครื่องหมายจุลภาค เช่น ASEAN, MCR2030</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="318"/>
        <source>Enter a number.</source>
        <translation>กรุณากรอกตัวเลข</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="369"/>
        <source>Changed by someone else</source>
        <translation>มีผู้อื่นแก้ไขรายการนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="371"/>
        <source>&amp;Reload</source>
        <translation>โหลดใหม่ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="372"/>
        <source>&amp;Overwrite</source>
        <translation>บันทึกทับ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="385"/>
        <source>Unsaved changes</source>
        <translation>มีการแก้ไขที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="386"/>
        <source>Save the changes to this record before closing?</source>
        <translation>ต้องการบันทึกการแก้ไขรายการนี้ก่อนปิดหรือไม่?</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../bkk_relations/ui/widgets.py" line="185"/>
        <source>Type to find, Enter to add</source>
        <translation>พิมพ์เพื่อค้นหา กด Enter เพื่อเพิ่ม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/widgets.py" line="199"/>
        <source>Remove the selected link</source>
        <translation>นำการเชื่อมโยงที่เลือกออก</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../bkk_relations/ui/main_window.py" line="80"/>
        <source>%1 records match “%2”</source>
        <translation>พบ %1 รายการที่ตรงกับ “%2”</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="24"/>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="32"/>
        <source>Gregorian (C.E.)</source>
        <translation>คริสต์ศักราช (ค.ศ.)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="33"/>
        <source>Buddhist Era (B.E. = C.E. + 543)</source>
        <translation>พุทธศักราช (พ.ศ. = ค.ศ. + 543)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="42"/>
        <source>&amp;Language</source>
        <translation>ภาษา (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="43"/>
        <source>&amp;Calendar</source>
        <translation>ศักราช (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="44"/>
        <source>Home city (&amp;English)</source>
        <translation>เมืองที่ตั้ง (ภาษาอังกฤษ) (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="45"/>
        <source>Home city (&amp;Thai)</source>
        <translation>เมืองที่ตั้ง (ภาษาไทย) (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/settings_dialog.py" line="46"/>
        <source>Home c&amp;ountry</source>
        <translation>ประเทศที่ตั้ง (&amp;O)</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="41"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="41"/>
        <source>Record</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="41"/>
        <source>Deleted</source>
        <translation>วันที่ลบ</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="68"/>
        <source>&amp;Restore</source>
        <translation>กู้คืน (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="69"/>
        <source>Put the selected records back where they were</source>
        <translation>นำรายการที่เลือกกลับคืนสู่ตำแหน่งเดิม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="71"/>
        <source>Delete for &amp;good</source>
        <translation>ลบถาวร (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="72"/>
        <source>Remove the selected records permanently</source>
        <translation>ลบรายการที่เลือกอย่างถาวร</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="85"/>
        <source>%1 records in the trash</source>
        <translation>มี %1 รายการในถังขยะ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="99"/>
        <source>Cannot restore</source>
        <translation>ไม่สามารถกู้คืนได้</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="110"/>
        <source>Delete for good</source>
        <translation>ลบถาวร</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/trash_page.py" line="111"/>
        <source>Delete %1 records permanently? This cannot be undone.</source>
        <translation>ต้องการลบ %1 รายการอย่างถาวรหรือไม่? การดำเนินการนี้ไม่สามารถย้อนกลับได้</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../bkk_relations/ui/app.py" line="96"/>
        <source>Cannot open the database</source>
        <translation>ไม่สามารถเปิดฐานข้อมูลได้</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="71"/>
        <source>&amp;Name (English)</source>
        <translation>ชื่อ (ภาษาอังกฤษ) (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="72"/>
        <source>Name (&amp;Thai)</source>
        <translation>ชื่อ (ภาษาไทย) (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="73"/>
        <source>&amp;Kind</source>
        <translation>ลักษณะ (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="74"/>
        <source>Organisation t&amp;ype</source>
        <translation>ประเภทองค์กร (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="75"/>
        <source>&amp;Acronym</source>
        <translation>ชื่อย่อ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="76"/>
        <source>&amp;Country</source>
        <translation>ประเทศ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="77"/>
        <source>&amp;Region</source>
        <translation>ภูมิภาค (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="78"/>
        <source>&amp;Status</source>
        <translation>สถานะ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="79"/>
        <source>&amp;Website</source>
        <translation>เว็บไซต์ (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="80"/>
        <source>Latitude</source>
        <translation>ละติจูด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="81"/>
        <source>Longitude</source>
        <translation>ลองจิจูด</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="82"/>
        <source>Ta&amp;gs</source>
        <translation>แท็ก (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="83"/>
        <source>S&amp;ource</source>
        <translation>แหล่งที่มา (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="84"/>
        <source>N&amp;otes</source>
        <translation>หมายเหตุ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="85"/>
        <location filename="../../bkk_relations/ui/editor.py" line="88"/>
        <location filename="../../bkk_relations/ui/editor.py" line="106"/>
        <source>&amp;Type</source>
        <translation>ประเภท (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="86"/>
        <source>&amp;Title (English)</source>
        <translation>ชื่อเรื่อง (ภาษาอังกฤษ) (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="87"/>
        <source>Title (&amp;Thai)</source>
        <translation>ชื่อเรื่อง (ภาษาไทย) (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="89"/>
        <source>&amp;Parties</source>
        <translation>ภาคี (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="90"/>
        <source>Si&amp;gned</source>
        <translation>วันที่ลงนาม (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="91"/>
        <source>&amp;Effective from</source>
        <translation>มีผลตั้งแต่ (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="92"/>
        <source>E&amp;xpires</source>
        <translation>วันหมดอายุ (&amp;X)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="93"/>
        <source>Renewal terms</source>
        <translation>เงื่อนไขการต่ออายุ</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="94"/>
        <source>Signatories</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="95"/>
        <source>Sectors</source>
        <translation>สาขา</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="96"/>
        <source>SDGs</source>
        <translation>SDGs</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="97"/>
        <source>&amp;Partners</source>
        <translation>คู่ความร่วมมือ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="98"/>
        <source>Lead &amp;units</source>
        <translation>หน่วยงานรับผิดชอบหลัก (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="99"/>
        <source>Under a&amp;greement</source>
        <translation>ภายใต้ความตกลง (&amp;G)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="100"/>
        <source>Sta&amp;rt</source>
        <translation>วันเริ่มต้น (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="101"/>
        <source>&amp;End</source>
        <translation>วันสิ้นสุด (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="102"/>
        <source>&amp;Budget</source>
        <translation>งบประมาณ (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="103"/>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="104"/>
        <source>&amp;Funding source</source>
        <translation>แหล่งงบประมาณ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="105"/>
        <source>Outcomes</source>
        <translation>ผลการดำเนินงาน</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="107"/>
        <source>P&amp;lace</source>
        <translation>สถานที่ (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="108"/>
        <source>Partic&amp;ipants</source>
        <translation>ผู้เข้าร่วม (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="109"/>
        <source>Pro&amp;ject</source>
        <translation>โครงการ (&amp;J)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="110"/>
        <source>S&amp;ummary</source>
        <translation>สรุป (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="111"/>
        <source>&amp;Partner</source>
        <translation>คู่ความร่วมมือ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="112"/>
        <source>Pos&amp;ition</source>
        <translation>ตำแหน่ง (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="113"/>
        <source>&amp;E-mail</source>
        <translation>อีเมล (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="114"/>
        <source>P&amp;hone</source>
        <translation>โทรศัพท์ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="115"/>
        <source>&amp;Languages</source>
        <translation>ภาษา (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../bkk_relations/ui/editor.py" line="116"/>
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
</TS>
