# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind44`` (dev only): the forty-fourth blind evaluation set for issue 11.

Written by a forty-fourth writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette),
without reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py and
blind10_text.py to blind43_text.py.  "The university campus services line in the first week of
term": eight centres none of them had: a dormitory office (学生宿舍管理中心), a textbook store
(教材发放中心), the student clinic's booking desk (校医院预约挂号台), the campus network service
centre (校园网络服务中心), the registrar's student-records office (教务处学籍科), the work-study
office (勤工助学服务中心), the freshmen's registration centre (新生报到服务中心) and the student
financial-aid office (学生资助管理中心).  (The brief's campus-card centre, canteen meal-card desk,
library seat-booking desk, parcel station and bike-repair shop were swapped: blind10, blind17,
blind11 / blind17 / blind38, blind37 / blind39 / blind42 and blind38 (a bike-share point) have them
or their like.)
Callers young and quick, some in campus slang, some unsure which office they need, some asking the
same thing twice; agents friendly and patient.  The agent checks the student record or rings
another office while the caller holds.
Other 工号 forms (开学周答疑台 …号, 学务助理 …号, a teacher by surname with a 窗口编号, 迎新专线 …号,
学生事务员 …号, 第…号服务桌, 校内专线 …号应答老师, 开学周加开窗口 …号), offers of help, closings,
hold announcements and returns in other words, 服务禁语 in seven families, and hard negatives
(look-alikes of taboo lines, of a hold announcement and of a closing; rude callers answered
politely).

As in the earlier blind texts, a clean agent line may carry 啊 as a sentence-final particle
(是啊, 好啊) and 嗯 fused into a yes (嗯对, 嗯嗯): only a 嗯 / 啊 / 呃 standing as a clause of its own is
a tic.

The table names are those of heldout_text.py, so heldout.plan_call_heldout speaks this module.
Nobody tuning the rules should read this file, and its sentences stay out of reports and READMEs:
the set measures generalisation only while nobody tunes on them.  ``lint()`` checks the
invariants the truth labels rely on.
"""
import sys

from text_checks import lint_tables, slot_asker

HO_DOMAINS_LIST = ["dormoffice", "textbooks", "studentclinic", "campusnet", "registrar", "workstudy",
                   "freshmenreg", "finaid"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说", "那么"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number in a form no earlier writer used, an offer of help; all fit any centre.
HO_GREETINGS = [
    "您好，{hotline}开学周答疑台{agent_zh}号，报到、住宿、选课哪一块卡住了，同学您直接讲。",
    "{tod}，{hotline}学务助理{agent_zh}号，新学期头几天事情杂，咱们一件一件捋顺。",
    "您好，这里是{hotline}，我是{agent_surname}老师，窗口编号{agent_zh}，不确定该找哪个部门也没关系，先跟我说说。",
    "{tod}，{hotline}迎新专线{agent_zh}号，刚进校园摸不着门道很正常，您随便问。",
    "您好，{hotline}学生事务员{agent_zh}号，今天打进来的同学多，不过您的事我一样仔细听。",
    "{tod}，{hotline}第{agent_zh}号服务桌，您是哪个学院的同学，碰上什么麻烦了？",
    "您好，{hotline}校内专线{agent_zh}号应答老师，宿舍、课表、缴费，哪样弄不明白都能问我。",
    "{tod}，{hotline}开学周加开窗口{agent_zh}号，排了半天队辛苦了，您的事交给我跟进。",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["喂，哪个院的？快说。", "开学这几天忙疯了，你长话短说。", "又是新生吧，啥事。", "说，我听着呢。",
                    "喂喂，宿舍的事还是交钱的事？", "讲重点，后面一堆人。"]

# ---- closings
HO_CLOSING_ASK = ["趁着开学这阵子，还有别的搞不定的事想一块儿问吗？", "手续上还有哪一步没弄明白的吗？",
                  "您去上课之前，还想再确认点什么吗？", "今天说的这些都清楚了，别的方面还要不要我帮忙？"]
HO_CLOSING_CUST = ["没了没了，搞定就行。", "就这一件，我要去上课了。", "暂时没别的了，回头有事再打过来。",
                   "没啦，老师你讲得好清楚。", "应该没了，谢谢老师。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; one without 再见.
HO_CLOSING_BYE = {
    None: ["事情已经帮您登记好了，谢谢同学这么耐心地跟我核对，再见。",
           "感谢您在开学这么忙的时候还把情况讲得这样清楚，再见。",
           "谢谢同学一边赶课一边配合我对信息，祝您新学期一切顺利。",
           "有了进展会发消息到您的学生邮箱，感谢您今天打来说明，再见。",
           "谢谢您把每一步都跟我对了一遍，后面的事我们替您盯着，再见。"],
    "dormoffice": ["谢谢您体谅宿管这边的安排，祝您住得舒心、室友和睦，再见。"],
    "textbooks": ["感谢您来教材中心这边反映，祝您这学期课本齐全、学业顺利，再见。"],
    "studentclinic": ["谢谢您提前来约号，祝您身体棒棒、少跑医院，再见。"],
    "campusnet": ["感谢您耐心配合排查网络，祝您上网顺畅、选课一次成功，再见。"],
    "registrar": ["谢谢您及时来核对学籍信息，祝您这学期课课顺利，再见。"],
    "workstudy": ["感谢您关心勤工岗位的事，祝您打工学习两不误，再见。"],
    "freshmenreg": ["谢谢您选择我们学校，祝您大学第一年过得精彩，再见。"],
    "finaid": ["感谢您主动来问资助的事，祝您安心读书、无后顾之忧，再见。"],
}
HO_CLOSING_CUST_BYE = ["好嘞，那我等消息。", "行，我先去上课了。", "好的好的，先挂啦。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["弄好了，自己留意邮箱。", "就这么着，下一个。", "规定就这样，别的不归我管。", "行了，我这边还忙。",
                   "先到这儿，我收线了。", "剩下的你问辅导员去。"]
HO_BAD_CLOSING_CUST = ["啊？那我宿舍到底能不能换啊？", "等会儿，钱什么时候退你还没讲。", "喂？就这样完了？",
                       "先别挂，我还不知道去哪栋楼办。"]

# ---- holds: announcements in other words (the agent checks the student record or rings another
# office); thanks on return in other words; returns without thanks; none promises music, and all
# fit any centre.
HO_HOLD_ANNOUNCE = ["我进学生档案里查一下您的记录，请您稍候。",
                    "我给宿管科的老师拨个内线，您这边先别挂。",
                    "我去后台调您这学期的缴费明细，麻烦稍等一小会儿。",
                    "我打到学院办公室问问您的情况，请您保持通话。",
                    "我把您的学号在几个系统里挨个搜一遍，请不要挂机。",
                    "我跟隔壁窗口的老师确认一下规定，您稍等别走开。",
                    "我联系一下负责这一块的老师，请您在线稍候片刻。"]
ANNOUNCE_RE = "稍候|别挂|稍等|保持通话|不要挂"
HO_HOLD_THANKS = ["谢谢同学一直没挂，您的档案记录我这边调出来了。", "感谢您耐心听完那一段音乐，宿管科老师回话了。",
                  "多谢您等我这么半天，缴费明细我逐条看过了。", "让您在课间干等着，真不好意思，学院那边答复了。",
                  "谢谢您捧着手机守到现在，几个系统都搜遍了。", "辛苦您候了这么一阵，规定跟隔壁老师对清楚了。"]
HO_THANKS_WORDS = ["谢谢", "感谢", "多谢", "久等", "久候", "麻烦您", "辛苦", "抱歉", "不好意思", "劳驾", "有劳", "难为",
                   "让您等", "耽搁", "劳烦", "过意不去", "干等", "空等", "对不住", "对不起", "耐心", "多亏", "劳您",
                   "耽误", "占用", "耐着性子", "谢了", "谢啦", "候着", "等了", "承蒙", "费心", "烦请", "恳请", "没挂",
                   "等着", "等候", "辛劳", "包涵", "见谅", "体谅", "着急", "守着", "没走开", "等我", "陪着", "费神",
                   "受累", "持线", "等待", "烦劳", "万分", "敬请", "静候", "恭候", "劳您久", "熬着", "陪我等", "担待",
                   "歉意", "失礼", "打扰", "添麻烦", "等这一阵", "多等", "等久", "理解", "等这一会儿", "等我这么",
                   "拿着听筒", "排队", "排了", "这么久", "候着您", "等消息", "陪我等网络", "拿着电话", "跑这一趟",
                   "这半天", "这么一会儿", "吵闹", "多担待",
                   "没放电话", "好一阵", "这么些时候", "这通电话", "在线上陪",
                   "排了两回队", "多等了一段", "撑着等", "久等了",
                   "拿着电话这么久", "干耗着", "没撂下", "等着我", "有耐性", "您哪",
                   "陪我翻", "守着听筒", "肯等", "没撂电话", "撑到现在", "举着手机",
                   "顶着风雨", "冒雨", "淋着雨", "站在风口", "雨里", "陪我核",
                   "举着电话", "免提旁边", "干坐着", "一直在线", "陪我等系统",
                   "人堆里", "熬了", "轰隆声", "风口里", "候在线上", "候车厅里",
                   "一直没挂", "听完那一段", "课间干等", "捧着手机", "守到现在", "候了这么"]
NOT_ANNOUNCING = ["等", "稍", "挂", "候", "线上", "在线", "别收", "收线", "搁", "音乐", "提示音", "片刻", "马上", "一会儿",
                  "一下", "别走", "静音", "安勿躁", "回来", "断", "旋律", "握着", "安静", "结束通话", "离开", "听筒",
                  "保留", "没声音", "端着", "放下", "线路", "电话", "别放", "拿着", "小曲", "撂", "多待", "保持",
                  "走开", "接回", "不挂", "通话", "一阵", "暂停", "挂机", "掉线", "座位", "一分钟", "话筒", "去去就",
                  "很快", "内线", "接到", "持机", "拿稳", "中断", "听不到", "守在", "转入", "恢复", "座席", "请示", "维持",
                  "两分钟", "半分钟", "请勿", "尽快", "不会太久", "不会长", "这就", "核实", "呼", "叫醒", "问问", "机子",
                  "打给", "不要", "留在", "别挂", "左右", "进系统", "请教", "走过去", "那头", "一两分钟", "听着",
                  "调取", "查阅", "答复", "暂候", "静候", "立刻", "回复您", "对讲", "里屋", "叫上", "休息室", "旁边",
                  "拨个", "去问", "喊", "进去", "问完", "去跟", "去培训", "找找", "设成", "帮我调", "去核对", "去查",
                  "刷一下", "后台", "另一台", "调出来", "机房", "档案柜", "去档案", "当面", "备份", "去翻", "一翻",
                  "去看", "看一眼", "就回", "呼叫", "请组长", "帮我查", "借一下", "隔壁组", "发给督导", "问好",
                  "有权限的", "就好", "换台", "转给", "尽量快", "一小会儿", "先不要", "库存系统",
                  "群里", "发个消息", "加载", "网络", "共享表格", "登一下", "远程登",
                  "莫挂", "传过来", "调过来", "跑去", "里间", "档案架", "去门口", "找到就", "另一个点", "莫走",
                  "座机", "打过去", "拨一下", "去个电话", "联系一下", "确认一下", "问到了", "问清楚了就", "一等",
                  "排期表", "派工表", "日程", "切过去", "拉出来", "找空档", "线别断", "预约表",
                  "内线", "库房", "仓管", "仓库", "保管", "库管", "总仓", "拨过去", "点一点", "核一核", "别挂线",
                  "别放下", "等会儿", "出入库",
                  "座位图", "余位", "名额", "刷", "排布", "剩票", "比一比", "手机",
                  "抢修队", "技术员", "班长", "派工单", "逐个", "仓里", "通个话", "空着",
                  "清关系统", "跟单", "同事", "刷新", "报关组", "入境记录", "入库", "税费明细", "算一遍", "挂断",
                  "登记簿", "翻", "站务员", "流水", "车队", "调度", "保管柜", "巡查", "底下", "对一遍",
                  "学生档案", "档案", "宿管科", "学院办公室", "搜一遍", "挨个", "隔壁窗口", "负责这一块"]
HO_RESUME_NO_THANKS = ["您那间宿舍确实多分了一个人，今晚就把多出来的床位调走。",
                       "您的教材订单里少发了一本高数课本，明早九点在三号窗口补领。",
                       "学费是按新的收费标准扣的，比去年多了两百，跟通知上写的一致。",
                       "您的学号还没同步到选课名单里，今天下午五点以前会补上。",
                       "暂时没看到您的助学金审批结果，材料齐全，正在排审核顺序。"]
HO_UNANNOUNCED_PRE = ["我瞄瞄你们楼的分房表。", "我瞅瞅这学期的开课安排。", "我看看您说的那笔钱走到哪儿了。", None, None]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic).  Two are hard
# negatives: a look-alike of a hold announcement (the record is already open, no hold follows) and
# a look-alike of a closing (thanks and good wishes in mid-call, then on to the next question).
HO_ACK_AGENT = ["是啊，开学第一周事情全挤一块儿，找不着门很正常。", "好啊，咱们先把宿舍的事落实了，选课的事接着讲。",
                "是啊，学分和学时听着像一回事，其实不一样，我举个例子。",
                "您的学生记录已经摆在我屏幕上了，用不着另外去调，我直接念给您听。",
                "谢谢同学把经过讲得这么细，祝您这周就能安顿好，咱们接着说缴费那一块。"]
HO_ACK_CUST = ["嗯，那就先帮我登上。", "呃，行吧，听你的。", "哦，原来是这样啊。", "哦哦，懂了懂了。", "好，那先帮我报上去。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["懂了。", "写下。", "记住。", "标好。", "记准。", "照记。"]
HO_CUST_BC = ["好哒。", "对哒。", "好呗。", "行呗。", "懂啦。", "对头。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "为什么我的床位被别人占了？", "报到那天您来得最晚，挑剩下的能怪谁。", "挑剩下的能怪谁"),
    ("blame_customer", "我怎么没选上必修课？", "选课通知发了三遍，自己不看手机还来问。", "自己不看手机还来问"),
    ("blame_customer", "我的助学金申请怎么没过？", "材料交得乱七八糟，没过是您自找的。", "没过是您自找的"),
    ("refuse_responsibility", "宿舍热水器坏了谁来修？", "热水器是厂家装的，坏了别往宿管头上扣。", "别往宿管头上扣"),
    ("refuse_responsibility", "教材发错版本了你们换不换？", "书是出版社印的，版本对不对轮不到我们操心。", "轮不到我们操心"),
    ("refuse_responsibility", "校园网断了一整天谁负责？", "网是运营商拉的，断没断跟学校毫不相干。", "跟学校毫不相干"),
    ("do_it_yourself", "在读证明去哪儿开？", "教务网首页就有，自个儿点进去瞅。", "自个儿点进去瞅"),
    ("do_it_yourself", "勤工岗位怎么报名？", "公众号里写得明明白白，别什么都张嘴问。", "别什么都张嘴问"),
    ("do_it_yourself", "校医院几点开门？", "开门时间贴在大门上，腿长在您身上自己去瞧。", "腿长在您身上"),
    ("take_or_leave", "宿舍能不能换到朝南的？", "分到哪间住哪间，不想住就搬出去。", "不想住就搬出去"),
    ("take_or_leave", "教材费能不能分两次交？", "一次交清，交不起就别订。", "交不起就别订"),
    ("take_or_leave", "体检能不能改到下周？", "排到哪天是哪天，不来就算缺检。", "不来就算缺检"),
    ("impatience", "能不能再跟我说一遍报到流程？", "同一套流程我讲了四遍了，你到底记没记。", "你到底记没记"),
    ("impatience", "退款到底什么时候到？", "到了自然会到，一天打八回有什么用。", "一天打八回"),
    ("impatience", "学分和学时我还是没搞懂。", "我讲得口干舌燥，你压根没往心里去。", "压根没往心里去"),
    ("sarcasm", "能不能给我安排个单人间？", "单人间？要不要再给您配个保姆。", "再给您配个保姆"),
    ("sarcasm", "网费能不能全免？", "全免？学校又不是开善堂的。", "不是开善堂的"),
    ("sarcasm", "挂科了能不能直接帮我改成绩？", "改成绩？您当教务处是您家开的。", "是您家开的"),
    ("talking_down", "学号和身份证号有什么区别？", "这都分不清，高考怎么考上来的。", "高考怎么考上来的"),
    ("talking_down", "绿色通道是什么意思？", "大学生了还弄不明白，白念这么多年书。", "白念这么多年书"),
    ("talking_down", "选修和必修有什么不一样？", "小学生都知道的事，您还好意思问。", "还好意思问"),
]
HO_FORBIDDEN_REACT = ["我就问个事，你凶什么凶？", "你是哪个窗口的，我要去学工处反映。", "这态度也太离谱了吧。",
                      "你刚才那句话我截屏发校园群了啊。"]
# Agent hard negatives: taboo-ish words in acceptable service language; seven answer the yes-no
# question with 嗯对 / 嗯嗯.
HO_LOOKALIKES = [
    ("blame_customer", "床位被占是不是因为我报到太晚了？", "嗯嗯，报到早晚不影响，床位是系统按名单分的，不怪您。"),
    ("blame_customer", "没选上课是不是我手慢了？", "跟手速没关系，是容量设置有误，我帮您申请补选。"),
    ("blame_customer", "助学金没过是不是我材料有问题？", "嗯对，少了一页家庭情况表，补上就能重新审核。"),
    ("refuse_responsibility", "热水器坏了你们是不是不管？", "管的，我现在就给您派维修师傅。"),
    ("refuse_responsibility", "发错的教材你们认不认？", "嗯嗯，认的，错版的书拿来就给您换。"),
    ("do_it_yourself", "在读证明是不是只能自己网上开？", "嗯对，网上自助最快，不过我这边也能直接替您开好。"),
    ("do_it_yourself", "勤工岗是不是得本人去面试？", "本人去最好，实在有课的话可以约线上面试。"),
    ("take_or_leave", "换宿舍是不是一定不行？", "原则上开学两周内不调整，不过您的情况特殊，我帮您报上去。"),
    ("take_or_leave", "体检日期是不是不能改？", "嗯对，统一安排的，不过有课冲突的可以申请补检。"),
    ("impatience", "我是不是问得太啰嗦了？", "嗯嗯，一点也不啰嗦，新生问得多才对。"),
    ("impatience", "这个我又问了一遍，老师别嫌我烦啊。", "不会，开学这些手续本来就绕。"),
    ("sarcasm", "网费真能给我减免吗？", "不敢一口答应，不过家庭困难的同学有专门的减免政策。"),
    ("talking_down", "我不太会用教务系统。", "好啊，不会不要紧，我一步一步带着您点。"),
    ("talking_down", "必修课是不是一定要修？", "嗯对，必修课修满了才能毕业。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("你们学校办事效率也太离谱了吧？", "让您跑了冤枉路是我们的不对，这件事我现在就给您盯着办。"),
    ("打了三个电话都推来推去，你们到底谁管？", "这件事归我管，我从头到尾替您跟到底。"),
    ("你们是不是只会让人排队？", "排队确实耽误您时间，这次在电话里就给您办掉。"),
    ("再不解决我就发到校长信箱。", "您有反映的权利，不过我先把这件事给您处理上。"),
    ("跟你们打交道我人都麻了。", "我尽量说短一点，您这件事今天就能有结果。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我昨天下午拖着两个箱子到的宿舍，一推门发现我那张床上已经铺好被子了，问了一圈说是另一个班的同学，宿管阿姨让我先打地铺，我妈还在楼下等着，我现在都不知道今晚睡哪儿。",
    "我在教材中心领书的时候单子上写着六本，回宿舍一拆只有五本，少的那本是下周一就要用的高数，我回去找窗口他们说已经下班了，群里又说明天可能发完就没有了，我真的急死了。",
    "我从早上八点就开始连校园网，宿舍那个口插上网线就是没反应，换了无线也连不上，选课系统今晚十点就开，我要是错过了这学期就得去上那种早八的课，室友都选完了就剩我一个。",
    "我报到系统里一直显示学费没交，可是我爸暑假就通过银行转过去了，短信都还留着，现在不让我领宿舍钥匙，辅导员让我来找你们，你们能不能先给我开个证明让我住进去。",
]
# long enough (12 字) that even the fastest agent of this set talks over the caller for >= 1.5 s
HO_INTERRUPT_AGENT = [
    "床位的事我这就通知宿管，今晚一定先给您安排一张床。",
    "少发的那本高数我给您留一本，明天一早拿着单子来领。",
    "宿舍那个网口我马上报修，选课前先给您开个临时账号。",
    "转账记录我这边查得到，先给您开一张临时入住的证明。",
]
HO_EARLY_AGENT = [
    "换宿舍是这样办的，开学两周以后在学生服务平台提交调换申请，写清楚原因，辅导员和宿管科先后审核，一般一周内出结果，通过以后会通知您搬的时间和新的房间号。",
    "教材退换是这样规定的，领书当场发现缺页或者版本不对的，凭领书单在三个工作日内到窗口调换，拆了塑封又没有质量问题的就不能退，代购的教辅另外按书店规定处理。",
    "助学贷款是这样走流程的，先在贷款网站上申请，拿到回执以后交给学院的资助专员，资助中心核对完会在系统里确认，学费会从贷款里直接抵扣，多出来的部分打到您的银行卡。",
]
# callers cut in with these: long enough to keep >= 1.5 s of talking over the agent
HO_EARLY_CUST = ["流程我先不管，你就告诉我今晚能不能住进去。", "等下等下，我就想知道这本书还补不补。",
                 "行行行，你就说我明天去哪个楼找谁。"]
HO_AFTER_INTERRUPT_CUST = ["老师你先听我说完行不？", "我最着急的那句还没说出来呢。", "好吧，那你先说。"]
HO_AFTER_EARLY_AGENT = ["好，先说您今晚最要紧的那件。", "明白，流程先放着，结论先告诉您。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics).
HO_GENERIC_QA = [
    ("宿舍晚上几点门禁？", "晚上十一点半锁门，早上六点开。"),
    ("办事要带什么证件？", "带学生证或者录取通知书，再带上身份证原件。"),
    ("多交的钱退到哪里？", "从哪张卡交的就退回哪张卡。"),
    ("退款一般几天到？", "五个工作日左右，遇上周末往后顺延。"),
    ("能让室友帮我代办吗？", "嗯嗯，可以代办，带上您的学生证复印件就行。"),
    ("这学期什么时候开始上课？", "下周一正式上课，这周是报到和补选周。"),
    ("在手机上也能办吗？", "嗯对，学校的公众号里就有入口。"),
    ("宿舍能用电饭煲吗？", "不能用，功率太大会跳闸。"),
    ("校医院周末开门吗？", "周末只开急诊，门诊要等工作日。"),
    ("新生要参加军训吗？", "要参加，下周三开始，为期两周。"),
    ("选课系统今晚还开吗？", "嗯嗯，开到晚上十点整。"),
    ("申请多久有回音？", "三个工作日之内会有老师联系您。"),
    ("研究生也归你们管吗？", "研究生的事由研究生院那边负责。"),
    ("宿舍能养宠物吗？", "不可以，这是宿舍管理条例里写明的。"),
    ("你刚才说要补交多少？", "一百二十块，一百二十整。"),
    ("我的信息会被别人看到吗？", "不会，只有经办老师能查看。"),
]
HO_CUST_DETAIL = ["我这耳机有点破，我一激动声音就炸，你听不清就说啊。", "我刚刚问过一次了，再问一遍，这书到底还补不补？",
                  "我也不知道该找哪个部门，学长让我先打这个电话试试。", "我那个床位在六楼最里面那间，靠窗的上铺，门上贴着我的名字。",
                  "我都说两遍了，转账是八月十号转的，五千六。", "缴费记录有好几条，我对着页面一条条念给你。"]
HO_CUST_SEARCH = ["你等一下，我把缴费截图找出来。", "我翻一下刚才收到的短信，你别挂哈。"]
HO_CUST_FILLER_OPEN = ["呃，", "嗯，", "啊，", "嗯，我想想啊，", "呃，就是那个，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["您那边声音一大就破了，手机号码能不能再说一次？"],
    "name": ["您那边声音一大就破了，您的名字能不能再说一次？"],
    "id": ["您那边声音一大就破了，身份证后六位能不能再说一次？"],
    "account": ["您那边声音一大就破了，{acct_label}能不能再说一次？"],
    "address": ["您那边声音一大就破了，地址能不能再说一次？"],
}
HO_SLOT_ANSWER = {
    "phone": "{phone_zh}。", "name": "{name}。", "id": "{id6_zh}。",
    "account": "{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["我小点声再说一遍，", "", "我离话筒远一点，重新说，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["我对着学生档案念一遍，手机{phone_zh}，对得上吧？"],
    "name": ["我对着学生档案念一遍，{name}，对得上吧？"],
    "id": ["我对着学生档案念一遍，身份证后六位{id6_zh}，对得上吧？"],
    "account": ["我对着学生档案念一遍，{acct_label}{acct_zh}，对得上吧？"],
    "address": ["我对着学生档案念一遍，{address}，对得上吧？"],
}
HO_READBACK_CUST = ["嗯，对的对的，没毛病。", "对对，一个不差。", "没错没错，就是这个。", "是的，老师记得真准。"]
HO_NEW_ASK = {
    "phone": ("有消息能不能也通知我妈的手机？", "嗯对，可以，请把您母亲的手机号码告诉我。", "{phone_zh}。", "好的，有进展会同时发到这个号码。"),
    "name": ("我明天有课，能让室友替我去领吗？", "可以，请讲一下您室友的全名。", "{name}。", "好的，让他带上自己的学生证就能领。"),
    "address": ("东西能寄到我家里吗？", "嗯嗯，可以寄，请把家里的地址说给我。", "{address}。", "好的，会按这个地方寄出。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件号"]),
                    ("account", ["卡号", "账号", "编号", "单号"]),
                    ("name", ["姓名", "名字", "全名", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["说给我", "再说一次", "请讲一下", "是多少", "报一下", "念给我", "告诉我"]


# the slot an agent line asks for, or None (read-backs 「我对着学生档案念一遍…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("我对着学生档案念一遍",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so most
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).
HO_DOMAINS = {
    "dormoffice": {
        "companies": [("芸台大学学生宿舍管理中心", "芸台大学学生宿舍管理中心")],
        "acct_label": "宿舍床位编号",
        "verify": [("请把宿舍床位编号报一下。", "{acct_zh}。", ["account"]),
                   ("学生的名字和手机号码分别是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["我分到的床位被别的同学占了。", "宿舍空调从昨天开始就不制冷，热得睡不着。"],
             "result": ["我给您登记加急处理，{doctor}老师{due}前给您回复。"],
             "qa": [("今晚能解决吗？", "嗯嗯，今晚会先给您一个能住的地方。")]},
            {"open": ["想问问能不能换到跟同专业的同学住一间。"],
             "result": ["调换申请我先替您填上，{doctor}老师{due}前告诉您有没有空位。"],
             "qa": [("换宿舍要交钱吗？", "嗯对，住宿费按新房间的标准多退少补。")]},
        ],
    },
    "textbooks": {
        "companies": [("芸台大学教材发放中心", "芸台大学教材发放中心")],
        "acct_label": "教材订购单号",
        "verify": [("麻烦把教材订购单号念给我。", "{acct_zh}。", ["account"]),
                   ("订书人的名字和身份证后六位分别是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["我领到的教材少了一本。", "发给我的英语书是旧版的，跟老师用的对不上。"],
             "result": ["我给您留一本新的，{doctor}主任{due}前通知您来领。"],
             "qa": [("要带领书单吗？", "嗯嗯，带上领书单或者订购截图都行。")]},
            {"open": ["想问问没拆封的教材能不能退订。"],
             "result": ["没拆封的可以退，{doctor}主任{due}前把退款给您办好。"],
             "qa": [("退的钱是全额吗？", "嗯对，没拆封的全额退。")]},
        ],
    },
    "studentclinic": {
        "companies": [("芸台大学校医院预约挂号台", "芸台大学校医院预约挂号台")],
        "acct_label": "校医院就诊卡号",
        "verify": [("请把校医院就诊卡号告诉我。", "{acct_zh}。", ["account"]),
                   ("就诊学生的名字和身份证后六位分别是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["我约好的牙科号被系统取消了。", "新生体检报告一直没出来，辅导员在催。"],
             "result": ["我给您重新排一个号，{doctor}医生{due}前把时间发给您。"],
             "qa": [("重新约要排很久吗？", "嗯嗯，这周之内就能排上。")]},
            {"open": ["想问问新生体检安排在哪一天。"],
             "result": ["体检按学院分批，{doctor}医生{due}前把您学院的时间发过去。"],
             "qa": [("体检要空腹吗？", "嗯对，早上别吃东西，抽完血再吃。")]},
        ],
    },
    "campusnet": {
        "companies": [("芸台大学校园网络服务中心", "芸台大学校园网络服务中心")],
        "acct_label": "校园网账号",
        "verify": [("请把校园网账号报一下。", "{acct_zh}。", ["account"]),
                   ("开户人的名字和手机号码分别是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["宿舍的网口插上网线没反应。", "网费交过了还显示欠费停机。"],
             "result": ["我给您派一张报修单，{doctor}工程师{due}前上门看。"],
             "qa": [("师傅来之前能先用别的吗？", "嗯嗯，先给您开一个临时的无线账号。")]},
            {"open": ["想问问校园网能不能同时登两台设备。"],
             "result": ["可以开通多终端，{doctor}工程师{due}前帮您改好套餐。"],
             "qa": [("多登一台要加钱吗？", "嗯对，每月加五块。")]},
        ],
    },
    "registrar": {
        "companies": [("芸台大学教务处学籍科", "芸台大学教务处学籍科")],
        "acct_label": "学籍档案编号",
        "verify": [("麻烦把学籍档案编号念给我。", "{acct_zh}。", ["account"]),
                   ("学生的名字和住址分别是多少？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["选课系统里搜不到我的名字。", "学生证上我的名字印错了一个字。"],
             "result": ["我提交学籍信息更正，{doctor}科长{due}前给您改好。"],
             "qa": [("改了以后要重新拍照吗？", "嗯嗯，照片不用重拍，只改文字。")]},
            {"open": ["想问问在读证明怎么开。"],
             "result": ["我替您在系统里申请，{doctor}科长{due}前盖好章。"],
             "qa": [("要本人去取吗？", "嗯对，凭学生证到一楼窗口取。")]},
        ],
    },
    "workstudy": {
        "companies": [("芸台大学勤工助学服务中心", "芸台大学勤工助学服务中心")],
        "acct_label": "勤工岗位申请单号",
        "verify": [("请把勤工岗位申请单号告诉我。", "{acct_zh}。", ["account"]),
                   ("申请人的名字和手机号码分别是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["上个月的勤工工资到现在还没发。", "我报名的岗位被莫名其妙取消了。"],
             "result": ["我去核对工时表，{doctor}干事{due}前告诉您处理结果。"],
             "qa": [("工资会补发吗？", "嗯嗯，核对无误就补发。")]},
            {"open": ["想问问这学期的勤工岗位还招不招新生。"],
             "result": ["还有几个岗位，{doctor}干事{due}前把面试时间发给您。"],
             "qa": [("新生也能报吗？", "嗯对，大一就可以报。")]},
        ],
    },
    "freshmenreg": {
        "companies": [("芸台大学新生报到服务中心", "芸台大学新生报到服务中心")],
        "acct_label": "新生报到编号",
        "verify": [("请把新生报到编号念给我。", "{acct_zh}。", ["account"]),
                   ("新生的名字和住址分别是多少？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["报到系统里显示我学费没交。", "接站大巴没等到我就开走了。"],
             "result": ["我先给您标成已到校，{doctor}辅导员{due}前跟您联系补手续。"],
             "qa": [("今天还能领钥匙吗？", "嗯嗯，我开好证明您就能去领。")]},
            {"open": ["想问问家长能不能进宿舍帮忙铺床。"],
             "result": ["报到期间家长可以进，{doctor}辅导员{due}前把登记办法发给您。"],
             "qa": [("家长要登记吗？", "嗯对，在楼下登记一下身份就行。")]},
        ],
    },
    "finaid": {
        "companies": [("芸台大学学生资助管理中心", "芸台大学学生资助管理中心")],
        "acct_label": "助学贷款合同编号",
        "verify": [("麻烦把助学贷款合同编号报一下。", "{acct_zh}。", ["account"]),
                   ("借款学生的名字和身份证后六位分别是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["助学贷款的回执交了，系统还没更新。", "我申请的绿色通道没通过。"],
             "result": ["我把您的材料重新递上去，{doctor}老师{due}前给您答复。"],
             "qa": [("没更新会影响住宿吗？", "嗯嗯，不影响，可以先入住。")]},
            {"open": ["想问问国家助学金什么时候开始评。"],
             "result": ["开学一个月后启动，{doctor}老师{due}前把通知发到您的学院。"],
             "qa": [("大一新生能申请吗？", "嗯对，新生也可以申请。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots (surnames no earlier
# writer's SURNAMES holds; compound ones for agents, specialists and callers)
SURNAMES = ["南郭", "北宫", "叔孙", "即墨", "东里", "子车", "公乘"]
DOCTORS = SURNAMES           # the teacher, the director, the doctor ... by surname
NAMES = ["南郭子涵", "北宫思远", "叔孙可欣", "即墨博文", "东里语嫣", "子车天佑", "公乘佳琪", "南郭一诺", "北宫星辰", "叔孙若溪"]
AREAS = ["桃李苑", "学府新村", "翰墨里", "文渊小区", "芸窗家园", "青藤公寓"]
CITIES = ["曲靖", "六盘水", "鹰潭", "临沧", "普洱", "玉溪", "新余", "铜仁"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["还有个事，我的体育课能不能也帮我看看？", "另外，上学期那笔住宿押金退了没有？"]
HOLD2_AGENT = "两件事我记在同一张单子上了，由同一位老师跟进，结果一块儿通知您。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
