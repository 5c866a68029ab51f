# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind41`` (dev only): the forty-first blind evaluation set for issue 11.

Written by a forty-first writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette),
without reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py and
blind10_text.py to blind40_text.py.  "The storm-night repair dispatch line": eight repair and
rental centres none of them had, on the night of a rainstorm: a window-glass emergency repair
service (门窗玻璃应急抢修), an elevator-maintenance company (电梯维保公司), a rooftop solar-panel
installer (屋顶光伏安装公司), a flood-pump rental (抽水泵租赁站), a tree-surgery service (树木修剪抢险队),
a garage-door repair firm (车库门维修公司), a basement-waterproofing firm (地下室防水公司) and a yacht
marina (游艇码头).
Callers outdoors on mobiles in the storm (rain and wind on their channel), worried, some shouting over
the wind, some saying the same thing twice; agents calm but pressed by a queue, on a headset whose
automatic gain control pumps.  The agent checks which crew is free or phones a technician while the
caller holds.
Other 工号 forms (抢修调度台, 风雨值班号, 派工席, 夜间抢修号, 坐席代码, 应急调度员, 接警号, 值守工号),
offers of help, closings, hold announcements and returns in other words, 服务禁语 in seven families,
and hard negatives (look-alikes of taboo lines, of a hold announcement and of a closing; rude callers
answered politely).

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

HO_DOMAINS_LIST = ["glassfix", "liftcare", "solarroof", "pumprental", "treecrew", "garagedoor",
                   "basementseal", "yachtmarina"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说", "那么"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number in a form no earlier writer used, an offer of help; all fit any centre.
HO_GREETINGS = [
    "您好，{hotline}抢修调度台{agent_zh}号，外面雨大，您捡要紧的先说，我马上记。",
    "{tod}，{hotline}风雨值班号{agent_zh}，哪里坏了、人安不安全，您先告诉我。",
    "您好，{hotline}派工席{agent_zh}，我姓{agent_surname}，今晚的急修单我这边直接排。",
    "{tod}，这里是{hotline}，夜间抢修号{agent_zh}，您那边情况有多急，我听着呢。",
    "您好，{hotline}坐席代码{agent_zh}，暴雨里出的状况，我帮您找最近的一队人。",
    "{tod}，{hotline}应急调度员{agent_zh}号，您别慌，先说说现场什么样子。",
    "您好，{hotline}接警号{agent_zh}，风雨再大我们也出车，您讲具体位置。",
    "{tod}，{hotline}值守工号{agent_zh}，今晚排队的人多，您的这一单我尽快落实。",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["喂，又是漏水的？快讲。", "下着雨呢都在抢修，你说吧。", "什么坏了，直接说。", "排了一长串了，讲重点。",
                    "风大雨大的，有话快讲。", "今晚人手不够，你先讲讲。"]

# ---- closings
HO_CLOSING_ASK = ["雨还要下一阵，别的地方还有要一起报修的吗？", "趁师傅还没出发，您还有想补充的情况吗？",
                  "除了这一处，屋里屋外还有哪儿不放心？", "今晚这一单之外，还需要我帮您安排什么？"]
HO_CLOSING_CUST = ["没了，等师傅来就行。", "就这一处，别的还撑得住。", "暂时就这个，其他的明天再说。",
                   "没有了，听你这么说我放心多了。", "应该没了，先把这个弄好。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; one without 再见.
HO_CLOSING_BYE = {
    None: ["抢修单派出去了，谢谢您冒着雨跟我说清楚，再见。",
           "感谢您这么晚还配合我们核对，风雨天注意脚下，再见。",
           "谢谢您一直没慌，祝您今晚平平安安等到师傅。",
           "师傅的联系方式会发到您那边，感谢您体谅我们排单，再见。",
           "谢谢您顶着风听我讲完，雨停之前先待在屋里，再见。"],
    "glassfix": ["谢谢您找我们抢修门窗，祝您家里今晚不再进风雨，再见。"],
    "liftcare": ["感谢您及时报修电梯，祝楼里的住户出入平安，再见。"],
    "solarroof": ["谢谢您信任我们的光伏安装，祝您屋顶的板子安然过夜，再见。"],
    "pumprental": ["感谢您租用我们的抽水泵，祝您家早点把水排干，再见。"],
    "treecrew": ["谢谢您报告倒树的情况，祝您门前的路早些通开，再见。"],
    "garagedoor": ["感谢您找我们修车库门，祝您的车今晚安安稳稳，再见。"],
    "basementseal": ["谢谢您选我们做防水，祝您的地下室早点干爽，再见。"],
    "yachtmarina": ["感谢您停靠我们的码头，祝您的船平安度过这场风雨，再见。"],
}
HO_CLOSING_CUST_BYE = ["好，我等着。", "行，快点来啊。", "好好，那我先挂了。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["单派了，等着吧。", "就这样，师傅到了会打给你。", "记下了，后面还排着好多。", "行，先这么着。",
                   "安排了，别再打进来催。", "好了，挂吧。"]
HO_BAD_CLOSING_CUST = ["哎？那几点到你还没说呢。", "等等，我这边水还在往里灌呢。", "喂？喂？就这么结束了？",
                       "别挂啊，师傅电话是多少？"]

# ---- holds: announcements in other words (the agent checks which crew is free or calls a technician);
# thanks on return in other words; returns without thanks; none promises music, and all fit any centre.
HO_HOLD_ANNOUNCE = ["我看看哪一组抢修队现在空着，您先别挂。",
                    "我打给值班的技术员问一声，请您在线上稍候。",
                    "几支队伍都在外面跑，我逐个核一下，麻烦您稍等。",
                    "我联系离您最近的那组师傅，请您不要挂断，很快回来。",
                    "我把今晚的派工单翻一遍，您稍等片刻。",
                    "我跟现场的班长通个话，请您保持通话别走开。",
                    "我查查仓里还剩几台设备，您在线等一等。"]
ANNOUNCE_RE = "别挂|稍候|稍等|不要挂|片刻|保持通话|等一等"
HO_HOLD_THANKS = ["谢谢您顶着风雨等我，抢修队那边落实了。", "感谢您在雨里没撂下电话，技术员给准话了。",
                  "辛苦您冒雨守着，空出来的一组找到了。", "多谢您站在风口里还耐心听着，师傅那边定了。",
                  "让您在雨里干等了，班长那边答复了。", "谢谢您淋着雨陪我核，设备还有两台。"]
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
                   "顶着风雨", "冒雨", "淋着雨", "站在风口", "雨里", "陪我核"]
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
                  "抢修队", "技术员", "班长", "派工单", "逐个", "仓里", "通个话", "空着"]
HO_RESUME_NO_THANKS = ["城东那组刚收工，二十分钟能赶到您那儿。", "今晚还能出一台大功率的泵，明早雨小了再换。",
                       "值班师傅说先用木板把破口封死，玻璃明天白天装。", "离您三公里有一辆吊车，树可以先锯开拖走。",
                       "码头的拖船已经出发，您的船先系到避风的泊位。"]
HO_UNANNOUNCED_PRE = ["我翻翻今晚派出去的单。", "我看看地图上谁离得近。", "我对一对出车记录。", None, None]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic).  Two are hard
# negatives: a look-alike of a hold announcement (the crew list is already up, no hold follows)
# and a look-alike of a closing (thanks and good wishes in mid-call, then on to the next step).
HO_ACK_AGENT = ["是啊，这场雨下得急，今晚报修的特别多。", "好啊，那就先处理漏进屋里的水，别的往后排。",
                "是啊，风声有点大，您靠墙站着说我能听清楚些。",
                "出车名单这会儿就在我眼前，不用翻别处，我直接告诉您哪一组离您近。",
                "谢谢您把现场讲得这么清楚，祝您先护好家里人，咱们接着把地址核准。"]
HO_ACK_CUST = ["嗯，那就这么办。", "呃，好吧，只能先这样。", "啊，能来就好。", "哦哦，晓得了，你快点派。", "行行，你快安排。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["您讲。", "嗯记。", "往下。", "收着。", "明了。", "请续。"]
HO_CUST_BC = ["好的。", "噢噢。", "对呀。", "嗯哪。", "是呢。", "晓得。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "窗户玻璃怎么一吹就碎了？", "台风预警早发了，窗户不关牢碎了活该。", "碎了活该"),
    ("blame_customer", "地下室怎么又渗水了？", "去年就叫您加做一层，舍不得钱能怪谁。", "舍不得钱能怪谁"),
    ("blame_customer", "车库门卡住打不开了？", "您肯定是硬拽过了，门轨是您自己弄歪的。", "您自己弄歪的"),
    ("refuse_responsibility", "电梯困了人，你们什么时候到？", "困人该找物业报警，我们维保只管修不管救。", "只管修不管救"),
    ("refuse_responsibility", "屋顶光伏板被风掀了一块怎么办？", "刮风是天灾，板子飞了跟安装没半点关系。", "跟安装没半点关系"),
    ("refuse_responsibility", "码头的缆绳断了谁负责？", "缆绳是船主自备的，断了码头一概不认。", "码头一概不认"),
    ("do_it_yourself", "抽水泵怎么接管子？", "说明书贴在泵上，自己照着图接去。", "自己照着图接去"),
    ("do_it_yourself", "倒下的树枝压着车了怎么弄？", "小树枝您拿锯子自个儿锯了不就完了。", "自个儿锯了不就完了"),
    ("do_it_yourself", "车库门手动怎么开？", "红绳一拉门就松，这点小事还用得着派人？", "还用得着派人"),
    ("take_or_leave", "能不能今晚就派人来修玻璃？", "今晚只能贴塑料布，爱贴不贴随您。", "爱贴不贴随您"),
    ("take_or_leave", "租的泵能不能换台大一点的？", "就剩这一台小的，要就拉走，嫌小别租。", "嫌小别租"),
    ("take_or_leave", "修剪的价钱能不能商量？", "暴雨夜就这个价，嫌贵等天晴再找别家。", "嫌贵等天晴再找别家"),
    ("impatience", "师傅到底什么时候到？", "我都说了排着呢，您一分钟打一遍有什么用。", "一分钟打一遍有什么用"),
    ("impatience", "电梯里的人还能撑多久？", "别一个劲儿追着我问，我又不是电梯。", "我又不是电梯"),
    ("impatience", "我家地下室水越来越深了怎么办？", "同样的话您说第三回了，能不能让我把单子填完。", "说第三回了"),
    ("sarcasm", "能保证今晚一滴雨都不漏吗？", "一滴都不漏？那您搬到山洞里住最保险。", "搬到山洞里住"),
    ("sarcasm", "能保证船一点都不晃吗？", "不晃？那您把船拖回家停客厅里。", "拖回家停客厅里"),
    ("sarcasm", "能不能让风别刮到我家的树？", "让风绕着您家走？您去跟老天爷商量。", "跟老天爷商量"),
    ("talking_down", "光伏板和热水器的板子有什么不一样？", "连这两样都分不清，还装什么光伏。", "还装什么光伏"),
    ("talking_down", "泵的扬程是什么意思？", "扬程都不懂还租泵，上学时物理课没听吧。", "物理课没听吧"),
    ("talking_down", "游艇的锚要不要再下一个？", "下几个锚都要问人，这船您是怎么开出港的。", "怎么开出港的"),
]
HO_FORBIDDEN_REACT = ["我这边都泡着水了，你还这种态度？", "你工号多少，雨停了我就去投诉。",
                      "下这么大雨我打个电话容易吗？", "这话我可都录着呢。"]
# Agent hard negatives: taboo-ish words in acceptable service language; six answer the yes-no
# question with 嗯对 / 嗯嗯.
HO_LOOKALIKES = [
    ("blame_customer", "玻璃碎了是不是因为我没关好窗？", "嗯嗯，这么大的风关好了也可能碎，不是您的问题，我先派人封窗。"),
    ("blame_customer", "地下室渗水是不是怪我去年没加做？", "跟去年没关系，暴雨量太大，我们先来排水再查渗点。"),
    ("blame_customer", "门轨歪了是不是我拽坏的？", "嗯对，拽一下常有的事，门轨能校正，不算您的责任。"),
    ("refuse_responsibility", "电梯困人是不是得先找物业？", "嗯嗯，物业那边我们同时通知，维保的人已经往您那儿赶。"),
    ("refuse_responsibility", "光伏板被吹飞你们管不管？", "管，安装是我们做的，明天白天上门检查支架。"),
    ("do_it_yourself", "管子是不是得我自己接？", "嗯对，接口很简单，不过送泵的师傅会当面帮您接好。"),
    ("do_it_yourself", "树枝是不是我自己锯掉就行？", "先别动手，压着车的枝子可能有弹力，等我们的人来处理。"),
    ("take_or_leave", "今晚是不是只能先贴塑料布？", "嗯对，今晚先临时封上，明天一早换正式的玻璃。"),
    ("take_or_leave", "是不是只有小泵了？", "小泵今晚先用着，明早大泵一回库我就给您换。"),
    ("impatience", "我一直打过来你是不是嫌我烦？", "嗯嗯，不会嫌烦，您隔多久打来我都接。"),
    ("impatience", "我是不是说了好几遍了？", "说几遍都没事，风大听不清，多说一遍更稳妥。"),
    ("sarcasm", "真能保证一滴都不漏？", "一滴不漏不敢保证，封好以后漏进来的会少很多。"),
    ("talking_down", "我不懂这些设备。", "好啊，不懂没关系，我一样一样讲给您。"),
    ("talking_down", "扬程是不是就是能抽多高？", "嗯对，就是能把水往上送多少米。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("你们这破热线是不是等雨停了才接？", "让您打了好几遍，是我们今晚线路太挤，这一单我现在就派。"),
    ("收钱的时候一个比一个快，出事了没人影。", "您说得对，出事才是考验我们的时候，人我马上安排。"),
    ("你们是不是都躲家里睡觉去了？", "今晚所有的队都在外面跑，我给您找最快能到的一组。"),
    ("修不好我就把你们的招牌拆了。", "您的火我明白，先让我把抢修落到实处。"),
    ("跟你说话还不如我自己冒雨去修。", "千万别冒险，雨里上高处太危险，交给我们的人。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我家客厅那扇落地窗被风刮碎了，玻璃碴子满地都是，雨水一直往屋里灌，孩子们都躲在卧室里，窗框也松了，我拿被子堵着根本堵不住，你们今晚到底能不能来人，要多少钱我都认。",
    "我们楼的电梯停在两层中间，里面关着一个老人，按铃没人应，物业说找你们，手机信号时有时无，里面的人说闷得慌，你们的人到底多久能到，要不要先报警。",
    "地下室的水已经没过脚踝了，里面放着冰箱和洗衣机，电闸我不敢碰，抽水泵你们还有没有，能不能连人带泵一起送过来，我一个人搬不动。",
    "我停在码头的那条船一直在撞栈桥，缆绳磨得快断了，我人在岸上过不去，风大得站都站不稳，你们码头有没有人能帮我再加一根缆，或者把船挪到里面去。",
]
# long enough (12 字) that even the fastest agent of this set talks over the caller for >= 1.5 s
HO_INTERRUPT_AGENT = [
    "离您最近的一组刚好在附近，我让他们先带木板过去封窗。",
    "困人的事我马上转最高级别，技术员十五分钟内到现场。",
    "先别碰电闸，我给您派一台泵加两个师傅一起过去。",
    "码头值班员现在就在栈桥上，我让他先帮您加一道缆。",
]
HO_EARLY_AGENT = [
    "抢修是这样安排的，先按危险程度排，有人被困或者漏电的排第一，玻璃破了进风雨的排第二，其他的按报修先后，今晚出车不加收夜间费，材料费按实际算。",
    "泵的租法是这样，小泵按夜计费，大泵按天计费，押金刷卡预授权，还泵的时候冲干净管子就退，超时半天以内不另收钱。",
    "防水的保修是这样，施工后三年内渗水免费返修，超过三年按次收费，暴雨天先做应急排水，正式修补要等墙面干透才能做。",
]
# callers cut in with these: long enough to keep >= 1.5 s of talking over the agent
HO_EARLY_CUST = ["这些规矩以后再说，你先告诉我今晚来不来人。", "我插一句，水还在往上涨，能不能先派人？",
                 "别念了别念了，我就问多久能到。"]
HO_AFTER_INTERRUPT_CUST = ["你先听我讲完行不行？", "我还没说到最要紧的呢。", "好，你说，你先说。"]
HO_AFTER_EARLY_AGENT = ["好，先说您最急的这一处。", "明白，规矩放后面，先派人。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics).
HO_GENERIC_QA = [
    ("晚上出车要另外加钱吗？", "嗯对，不另加，暴雨夜的夜间费今晚全免。"),
    ("师傅来了要我在家等吗？", "嗯嗯，最好有人在，开门和指位置都方便。"),
    ("修完能开发票吗？", "能开，完工后在单子里申请电子发票。"),
    ("费用是现在付还是修完付？", "修完验过了再付，现场扫码就行。"),
    ("师傅大概多久到？", "顺利的话四十分钟左右，路上积水可能慢一点。"),
    ("能保修吗？", "这次修的地方保修一年，再坏免费返工。"),
    ("要不要先拍照留证？", "最好拍几张，以后走保险能用上。"),
    ("保险能报销吗？", "暴雨造成的损失大多能报，我们出一份维修证明给您。"),
    ("雨停了还要再来一趟吗？", "要复查一次，雨停后两天内上门。"),
    ("我先用什么挡一挡？", "找块木板或者厚纸箱先顶住，人别站在窗边。"),
    ("旁边邻居家也坏了能一起修吗？", "能一起，报个门牌，我加在同一张单上。"),
    ("师傅会带材料吗？", "常用的都带着，特殊规格明天再补。"),
    ("需要断电吗？", "涉及电路的先关总闸，师傅到了再开。"),
    ("夜里施工会不会吵到邻居？", "会尽量轻一点，先做应急的，吵的活放到白天。"),
    ("你刚才说的多少分钟？", "四十分钟，四十分钟左右。"),
    ("周末也能来吗？", "这几天全天都有人值班，周末照常出车。"),
]
HO_CUST_DETAIL = ["我现在人在外面，风太大了，你大声点！", "我刚才说过了，我再说一遍，水进屋了。",
                  "雨大得伞都打不住，你快点。", "喂？能听见吗？我这边全是风声！",
                  "家里就我跟老人，我真怕出事。", "我已经打了三遍才打进来。"]
HO_CUST_SEARCH = ["你等会儿，我躲到屋檐下翻一下单子。", "我找找当时的合同照片，你别挂。"]
HO_CUST_FILLER_OPEN = ["呃，", "嗯，", "啊，", "呃，我看看，", "嗯，我这边风大，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["您那边风太响，手机号没听全，麻烦再说一遍？"],
    "name": ["您那边风太响，名字没听全，麻烦再说一遍？"],
    "id": ["您那边风太响，身份证后六位没听全，麻烦再说一遍？"],
    "account": ["您那边风太响，{acct_label}没听全，麻烦再说一遍？"],
    "address": ["您那边风太响，地址没听全，麻烦再说一遍？"],
}
HO_SLOT_ANSWER = {
    "phone": "{phone_zh}。", "name": "{name}。", "id": "{id6_zh}。",
    "account": "{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["我大声再说一次，", "", "风小点了我再讲，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["我照着念一回，手机{phone_zh}，没记错吧？"],
    "name": ["我照着念一回，{name}，没记错吧？"],
    "id": ["我照着念一回，身份证后六位{id6_zh}，没记错吧？"],
    "account": ["我照着念一回，{acct_label}{acct_zh}，没记错吧？"],
    "address": ["我照着念一回，{address}，没记错吧？"],
}
HO_READBACK_CUST = ["没错，就是这个。", "对，你记得没错。", "嗯，对上了。", "是这个，没问题。"]
HO_NEW_ASK = {
    "phone": ("师傅到了能不能打我爱人的电话？", "嗯对，可以，请把您爱人的手机号码说给我。", "{phone_zh}。", "好的，师傅出发前会先打这个号码。"),
    "name": ("我邻居在家，能让他开门吗？", "可以，请讲一下您邻居的全名。", "{name}。", "好的，师傅到了找这位开门。"),
    "address": ("我在亲戚家，师傅能先来接钥匙吗？", "嗯嗯，可以，请把亲戚家的地址说给我。", "{address}。", "好的，师傅先到这里取钥匙。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]),
                    ("account", ["卡号", "账号", "编号", "单号"]),
                    ("name", ["姓名", "名字", "全名", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["说给我", "再说一遍", "请讲一下", "是多少", "报一下", "念给我", "告诉我"]


# the slot an agent line asks for, or None (read-backs 「我照着念一回…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("我照着念一回",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so most
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).
HO_DOMAINS = {
    "glassfix": {
        "companies": [("晴窗门窗玻璃应急抢修", "晴窗门窗玻璃应急抢修")],
        "acct_label": "门窗报修单号",
        "verify": [("请把门窗报修单号告诉我。", "{acct_zh}。", ["account"]),
                   ("报修人的名字和手机号码各是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["阳台的玻璃被风刮碎了，雨往屋里灌。", "卧室的窗框被吹松了，关不上。"],
             "result": ["先派人封窗，{doctor}师傅{due}前到您家。"],
             "qa": [("今晚就能装上新玻璃吗？", "嗯嗯，今晚先封，新玻璃明天量好尺寸再装。")]},
            {"open": ["想问问明天能不能把整排窗户都检查一遍。"],
             "result": ["能安排，{doctor}师傅{due}前跟您约时间。"],
             "qa": [("检查要收钱吗？", "嗯对，不收，雨后检查是免费的。")]},
        ],
    },
    "liftcare": {
        "companies": [("恒升电梯维保公司", "恒升电梯维保公司")],
        "acct_label": "电梯维保合同编号",
        "verify": [("请把电梯维保合同编号告诉我。", "{acct_zh}。", ["account"]),
                   ("报修人的名字和手机号码各是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["电梯停在两层中间，里面困了人。", "暴雨把电梯井淹了，电梯不动了。"],
             "result": ["救援组已经出发，{doctor}技术员{due}前到楼下。"],
             "qa": [("里面的人要不要一直按铃？", "嗯嗯，隔一会儿按一下就行，别拍门。")]},
            {"open": ["想问问电梯进水以后多久能恢复。"],
             "result": ["要先烘干检修，{doctor}技术员{due}前给您报个时间。"],
             "qa": [("修好之前楼梯能走吗？", "嗯对，能走，注意地面滑。")]},
        ],
    },
    "solarroof": {
        "companies": [("朗照屋顶光伏安装公司", "朗照屋顶光伏安装公司")],
        "acct_label": "光伏安装单号",
        "verify": [("请把光伏安装单号告诉我。", "{acct_zh}。", ["account"]),
                   ("户主的名字和家里地址各是多少？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["屋顶的光伏板被风掀起来一块。", "逆变器冒了一下火花，现在没电了。"],
             "result": ["先远程断开系统，{doctor}工程师{due}前上门查支架。"],
             "qa": [("今晚要不要上屋顶看看？", "嗯嗯，千万别上，雨夜屋顶太滑。")]},
            {"open": ["想问问被风吹坏的板子能不能保修。"],
             "result": ["在保修期内，{doctor}工程师{due}前给您出检测单。"],
             "qa": [("换板子要等多久？", "嗯对，要等几天，货到了就装。")]},
        ],
    },
    "pumprental": {
        "companies": [("涌泉抽水泵租赁站", "涌泉抽水泵租赁站")],
        "acct_label": "泵租赁单号",
        "verify": [("请把泵租赁单号告诉我。", "{acct_zh}。", ["account"]),
                   ("租用人的名字和身份证后六位各是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["院子里的水漫进屋了，想租一台泵。", "租的泵抽着抽着不转了。"],
             "result": ["给您送一台过去，{doctor}站长{due}前到。"],
             "qa": [("泵要插电吗？", "嗯嗯，要插电，送泵的会带防水插座。")]},
            {"open": ["想再多租一天，雨还没停。"],
             "result": ["续租能办，{doctor}站长{due}前把单子改好。"],
             "qa": [("续租按原价吗？", "嗯对，按原价，不加钱。")]},
        ],
    },
    "treecrew": {
        "companies": [("青松树木修剪抢险队", "青松树木修剪抢险队")],
        "acct_label": "抢险工单编号",
        "verify": [("请把抢险工单编号告诉我。", "{acct_zh}。", ["account"]),
                   ("报告人的名字和手机号码各是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["门口的大树倒了，压着电线。", "一根大树枝砸到车顶上了。"],
             "result": ["抢险队带吊车过去，{doctor}队长{due}前到现场。"],
             "qa": [("电线那边要报电力公司吗？", "嗯嗯，我们这边同时报，您别靠近。")]},
            {"open": ["想问问院子里那棵歪了的树要不要先砍。"],
             "result": ["先看一眼再定，{doctor}队长{due}前上门评估。"],
             "qa": [("砍树要办手续吗？", "嗯对，要报备，我们帮您办。")]},
        ],
    },
    "garagedoor": {
        "companies": [("稳达车库门维修公司", "稳达车库门维修公司")],
        "acct_label": "车库门保修卡号",
        "verify": [("请把车库门保修卡号告诉我。", "{acct_zh}。", ["account"]),
                   ("业主的名字和身份证后六位各是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["车库门被风吹变形了，卡在一半。", "停电了车库门打不开，车在里面。"],
             "result": ["派人带工具过去，{doctor}师傅{due}前到。"],
             "qa": [("卡住的门能先用手推吗？", "嗯嗯，别推，变形的门会突然掉下来。")]},
            {"open": ["想问问能不能换一扇抗风的门。"],
             "result": ["有抗风款，{doctor}师傅{due}前带样品上门。"],
             "qa": [("抗风门贵很多吗？", "嗯对，贵一些，不过能抗十级风。")]},
        ],
    },
    "basementseal": {
        "companies": [("固坤地下室防水公司", "固坤地下室防水公司")],
        "acct_label": "防水施工合同编号",
        "verify": [("请把防水施工合同编号告诉我。", "{acct_zh}。", ["account"]),
                   ("业主的名字和家里地址各是多少？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["地下室墙角在往里冒水。", "去年做的防水，今年又渗了。"],
             "result": ["先派人排水，{doctor}工长{due}前到现场找渗点。"],
             "qa": [("这个在保修期里吗？", "嗯嗯，在保修期里，返修不收钱。")]},
            {"open": ["想问问雨停以后多久能重做防水。"],
             "result": ["要等墙面干透，{doctor}工长{due}前跟您约时间。"],
             "qa": [("重做要把东西都搬出来吗？", "嗯对，靠墙的东西要挪开。")]},
        ],
    },
    "yachtmarina": {
        "companies": [("望澜游艇码头", "望澜游艇码头")],
        "acct_label": "泊位租约编号",
        "verify": [("请把泊位租约编号告诉我。", "{acct_zh}。", ["account"]),
                   ("船主的名字和手机号码各是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["我的船一直在撞栈桥，缆绳快磨断了。", "船舱里进水了，我人在岸上。"],
             "result": ["码头值班员过去加缆，{doctor}港务员{due}前给您回话。"],
             "qa": [("要不要把船开出去避风？", "嗯嗯，千万别开，港内最安全。")]},
            {"open": ["想问问能不能把船挪到里侧的泊位。"],
             "result": ["里侧还有一个空泊位，{doctor}港务员{due}前帮您挪。"],
             "qa": [("挪泊位要另收费吗？", "嗯对，今晚免费，风停后再说。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["眭", "恽", "信", "占", "操", "来", "贯", "肇", "旷", "羌", "税", "种"]
DOCTORS = SURNAMES           # the technician, the station master, the foreman ... by surname
NAMES = ["眭雨田", "恽子涵", "信远航", "占晓峰", "操立新", "来春雷", "贯一舟", "肇海澜", "旷清风", "羌晴川",
         "税明远", "种秋实"]
AREAS = ["听涛苑", "观澜小区", "雨花新村", "风荷里", "沙洲花园", "堤岸佳园"]
CITIES = ["揭阳", "南通", "日照", "葫芦岛", "东营", "梧州", "玉林", "琼海"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["还有，隔壁单元也坏了，能不能一起修？", "另外，我车库那边也进水了，能不能顺便看看？"]
HOLD2_AGENT = "隔壁单元和车库都加进单子了，同一组师傅顺路一起处理，不另收上门费。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
