# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind40`` (dev only): the fortieth blind evaluation set for issue 11.

Written by a fortieth writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette),
without reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py and
blind10_text.py to blind39_text.py.  "The holiday-eve travel rebooking line": eight travel centres
none of them had, the night before a holiday: a coastal ferry company (海岛客轮公司), a long-distance
coach station (长途汽车客运站), a campsite booking office (露营地预订处), a theme-park ticket desk
(主题乐园票务台), a travel-insurance claims desk (旅游保险理赔台), a car-rental counter (租车门店), a
river-cruise line (江上游轮公司) and a museum ticket office (博物馆票务处).
Tired, hesitant agents on a cheap hybrid that sends the caller's voice back faintly; anxious callers
who ask several things at once and cut in.  The agent checks seat maps or stock while the caller
holds; another phone rings in the agent's room during some holds.
Other 工号 forms (节前值守席, 改签专席, 夜班号, 应急号, 服务证号, 通宵席, 调度号, 票务员编号), offers of help,
closings, hold announcements and returns in other words, 服务禁语 in seven families, and hard negatives
(look-alikes of taboo lines, of a hold announcement and of a closing; rude callers answered politely).

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

HO_DOMAINS_LIST = ["islandferry", "coachstation", "tentsite", "themepark", "travelclaims", "autorent",
                   "rivercruise", "museumtickets"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说", "那么"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number in a form no earlier writer used, an offer of help; all fit any centre.
HO_GREETINGS = [
    "您好，{hotline}节前值守席，{agent_zh}号在线，改期退票的事您一样一样交给我。",
    "{tod}，{hotline}改签专席{agent_zh}，今晚人多，您的行程我陪您一段段捋顺。",
    "您好，{hotline}夜班号{agent_zh}，我姓{agent_surname}，明天出不出得了门，咱们现在就想办法。",
    "{tod}，这里是{hotline}，应急号{agent_zh}，票、座、钱的问题您随便先挑一个说。",
    "您好，{hotline}，服务证号{agent_zh}，假期前一晚的变动我这边都能接。",
    "{tod}，{hotline}通宵席{agent_zh}号，您先喘口气，要改哪一天我来查。",
    "您好，{hotline}调度号{agent_zh}，出行计划有变化的话，我帮您重新排一遍。",
    "{tod}，{hotline}票务员编号{agent_zh}，您说说明天原本怎么走，我看看还能怎么补救。",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["喂，改票的吧，说。", "这边忙着呢，快点讲。", "又是明天走的？讲。", "排着队呢，你说吧。",
                    "啥事，直接说。", "明天的都满了，你还要问啥？"]

# ---- closings
HO_CLOSING_ASK = ["明天出门前，还有哪一段行程要我一并看看？", "除了这张票，您手上还有别的预订要动吗？",
                  "趁线还通着，有没有落下没问的？", "节前就这一晚了，您还想确认点什么？"]
HO_CLOSING_CUST = ["没了，就这些，我心里踏实了。", "应该没了，我再想想……没了。", "就这一件，别的都好好的。",
                   "暂时没别的了。", "没有了，总算弄明白了。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; one without 再见.
HO_CLOSING_BYE = {
    None: ["改好的行程我都存进去了，谢谢您这么晚还耐着心跟我对，再见。",
           "感谢您节前这一晚还打进来，路上平平安安，再见。",
           "谢谢您陪我一项项核到现在，祝您假期玩得痛快。",
           "新的订单号已经发到您手机上，感谢您体谅，再见。",
           "谢谢您今晚没跟我急，祝您明天出门一路顺风，再见。"],
    "islandferry": ["谢谢您坐我们的客轮，祝您明天海上风平浪静，再见。"],
    "coachstation": ["感谢您选长途客运站出行，祝您一路顺顺当当到家，再见。"],
    "tentsite": ["谢谢您订我们的营地，祝您帐篷边的夜晚晴朗，再见。"],
    "themepark": ["感谢您来乐园过节，祝您和孩子玩得开开心心，再见。"],
    "travelclaims": ["谢谢您把材料交给理赔台，祝您往后的旅程都顺利，再见。"],
    "autorent": ["感谢您在我们门店租车，祝您自驾路上一路畅通，再见。"],
    "rivercruise": ["谢谢您坐我们的游轮，祝您江上看景看得尽兴，再见。"],
    "museumtickets": ["感谢您预约博物馆，祝您假期逛展逛得舒心，再见。"],
}
HO_CLOSING_CUST_BYE = ["好，那就这样，拜。", "行行，谢了啊。", "好嘞，我去收拾行李了。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["改完了，就这样。", "单子出了，你自己看短信。", "行了，后面还有人排着。", "弄好了，没别的了吧，挂了。",
                   "好，明天按点到就行。", "都在系统里了，去吧。"]
HO_BAD_CLOSING_CUST = ["喂？这就完了？", "等下，我行李怎么办还没说呢。", "人呢？我还有一个问题。", "就这么挂了？座位到底是几号？"]

# ---- holds: announcements in other words (the agent checks seat maps or stock); thanks on return in
# other words; returns without thanks; none promises music, and all fit any centre.
HO_HOLD_ANNOUNCE = ["我把明天的座位图调出来看看，您先别挂。",
                    "余位要一张张翻，请您在线上稍候一会儿。",
                    "我去系统里刷一下剩下的名额，麻烦您拿着电话稍等。",
                    "节前的库存变得快，我核一遍，请您先不要挂机。",
                    "我得看看改签后的位置排布，您稍等片刻，别放电话。",
                    "剩票我对一下后台的数，请您保持通话，一会儿就回来。",
                    "我把可换的班次都拉出来比一比，请您在线等一等。"]
ANNOUNCE_RE = "别挂|稍候|稍等|不要挂|别放|等一等|保持通话|片刻"
HO_HOLD_THANKS = ["谢谢您在线上陪我翻座位图，结果出来了。", "让您守着听筒这么一大会儿，余位我数清楚了。",
                  "多谢您这么晚还肯等，后台的数对上了。", "感谢您没撂电话，能换的班次我排好了。",
                  "谢谢您撑到现在，名额刷出来了。", "辛苦您举着手机这半天，位置排布看明白了。"]
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
                   "陪我翻", "守着听筒", "肯等", "没撂电话", "撑到现在", "举着手机"]
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
                  "座位图", "余位", "名额", "刷", "排布", "剩票", "比一比", "手机"]
HO_RESUME_NO_THANKS = ["明早七点四十那班还空着三个靠窗的，我先给您占一个。", "后天上午有一班，票价一样，不用补差。",
                       "您要的那种四人帐篷位只剩两块了。", "节后第二天的场次还能改，手续费全免。",
                       "同级别的车今晚没有了，升一级不加钱。"]
HO_UNANNOUNCED_PRE = ["我翻翻今晚改过的订单。", "我对着班次表看看。", "我数数还有几张空的。", None, None]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic).  Two are hard
# negatives: a look-alike of a hold announcement (the seat map is already up, no hold follows)
# and a look-alike of a closing (thanks and good wishes in mid-call, then on to the luggage).
HO_ACK_AGENT = ["是啊，节前这一晚谁都着急出门，改票的特别多。", "好啊，那就照您说的，先把去程挪到后天。",
                "是啊，今晚线路有点回声，您要是听见自己的声音别在意。",
                "座位图这会儿就在我屏幕上开着，用不着查别处，我直接念给您听还剩哪几排。",
                "谢谢您把行程讲得这么细，祝您这趟出门顺利，咱们接着说说行李的事。"]
HO_ACK_CUST = ["嗯，那行吧。", "呃，也只能这样了。", "啊，那太好了。", "哦，明白明白。", "好好好，你接着讲。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["听全。", "嗯收。", "记牢。", "跟上。", "续讲。", "晓了。"]
HO_CUST_BC = ["懂懂。", "是喔。", "这样。", "哎是。", "好呀。", "噢是。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "船票上的日期怎么是错的？", "日期是您自己选的，手滑点错了怨您自己。", "手滑点错了怨您自己"),
    ("blame_customer", "租的车油箱怎么是空的？", "取车时您不看油表，现在才说晚了，是您马虎。", "是您马虎"),
    ("blame_customer", "乐园的票怎么进不去闸机？", "码是您截图截糊了，闸机认不出来怪谁。", "截图截糊了"),
    ("refuse_responsibility", "大巴临时取消了，我怎么回家？", "车停不停运是调度定的，售票窗口管不着发车的事。", "管不着发车的事"),
    ("refuse_responsibility", "理赔为什么拖了一个月？", "审核在总公司，您催我也白催，我这里签不了字。", "您催我也白催"),
    ("refuse_responsibility", "游轮改航线了，钱谁退？", "航线是江上水位定的，退钱的事别赖到公司身上。", "别赖到公司身上"),
    ("do_it_yourself", "营地的路线图在哪儿找？", "地图软件又不收钱，您自己搜营地名字去。", "您自己搜营地名字去"),
    ("do_it_yourself", "博物馆预约怎么改时间？", "公众号里写得明明白白，自己点进去琢磨。", "自己点进去琢磨"),
    ("do_it_yourself", "理赔要准备哪些材料？", "条款发给您了，回去一条一条自己对照着办。", "自己对照着办"),
    ("take_or_leave", "船票能不能换到下午？", "下午的早卖光了，上午这班您坐就坐，不坐拉倒。", "不坐拉倒"),
    ("take_or_leave", "营位能不能换个靠水边的？", "就剩这一块，嫌偏您就别来露营了。", "嫌偏您就别来露营了"),
    ("take_or_leave", "租车押金能不能少交点？", "押金一分不能少，交不起就坐高铁去。", "交不起就坐高铁去"),
    ("impatience", "游轮几点开始登船？", "登船时间短信里有，您能不能先看了再来问。", "先看了再来问"),
    ("impatience", "大巴到底几点发车？", "发车时间我都念了两回了，您到底记没记。", "您到底记没记"),
    ("impatience", "门票到底能不能退？", "今晚就您一个人问了四遍，后头一长串人还排着呢。", "问了四遍"),
    ("sarcasm", "船能不能保证不晕？", "不晕船？那您游过去最稳当。", "您游过去最稳当"),
    ("sarcasm", "乐园能不能保证不排队？", "不排队？那您把乐园包下来呗。", "把乐园包下来"),
    ("sarcasm", "租的车能不能保证不堵？", "不堵车？您让全城的人明天都别出门好了。", "全城的人明天都别出门"),
    ("talking_down", "电子票和纸质票有什么区别？", "这年头还分不清电子票，您平时不出门的吧。", "您平时不出门的吧"),
    ("talking_down", "理赔的免赔额是什么意思？", "买保险连免赔额都不懂，买之前就该先学学。", "买之前就该先学学"),
    ("talking_down", "博物馆的讲解器要钱吗？", "门口写着价呢，识字的都看得见。", "识字的都看得见"),
]
HO_FORBIDDEN_REACT = ["我明天就要出门了，你就这么跟我讲话？", "你的工号报一下，节后我投诉你。",
                      "你们今晚都吃火药了吗？", "好，这句话我录下来了。"]
# Agent hard negatives: taboo-ish words in acceptable service language; six answer the yes-no
# question with 嗯对 / 嗯嗯.
HO_LOOKALIKES = [
    ("blame_customer", "日期错了是不是我自己点错的？", "嗯嗯，系统那一页确实容易点错，不算您的错，我免费给您改回来。"),
    ("blame_customer", "油箱空的是不是我当时没看？", "取车单上本该写清油量，门店漏了，油钱我们退给您。"),
    ("blame_customer", "票进不去是不是我截图的问题？", "嗯对，截图有时候不清楚，这不怪谁，我把原码重新发给您。"),
    ("refuse_responsibility", "大巴取消了是不是得我自己找车？", "嗯嗯，不用您找，车站安排了加班车，我给您留一个座。"),
    ("refuse_responsibility", "理赔慢是不是该找总公司？", "不必您去找总公司，这一单我跟着，节后第一天给您回话。"),
    ("do_it_yourself", "营地路线是不是得我自己搜？", "嗯对，您搜也行，我这边把定位发您手机上更省事。"),
    ("do_it_yourself", "预约时间是不是得我自己改？", "不用您动手，告诉我想改到几点，我替您改好。"),
    ("take_or_leave", "船票是不是只能坐上午那班？", "嗯对，下午满了，不过上午改不了的话全额退也可以。"),
    ("take_or_leave", "押金是不是一分也不能少？", "押金定的是这个数，用信用卡预授权就不占您的现钱。"),
    ("impatience", "我问得太多了，你别烦我啊。", "嗯嗯，不烦，您问多少我答多少。"),
    ("impatience", "这么晚打过来是不是添乱？", "节前这一晚就是为您这样的情况留的人，不添乱。"),
    ("sarcasm", "真能保证一点都不晕船？", "保证不了一点不晕，船上备着晕船药，可以先吃一片。"),
    ("talking_down", "我不太会用手机订票。", "好啊，不会的地方我一步一步陪您点。"),
    ("talking_down", "电子票跟纸质票不一样吧？", "嗯对，电子票进站刷身份证，纸质票要到窗口取。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("你们这热线打了一个钟头才接，是不是都放假了？", "让您打了这么久是我们人手不够，这回您的事我一口气办完。"),
    ("你们就会收钱，一出事就装聋作哑。", "您的钱我先看怎么退，出了问题我们认。"),
    ("我看你们今晚就是成心不让人走。", "您明天能走，我现在就替您找位子。"),
    ("再办不好我就把你们挂到网上去。", "您有意见尽管提，眼下先把明天的票落实。"),
    ("跟你们说话比改票还累。", "是我没说清楚，我换个说法再讲一遍。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我们一家五口订的明早八点的船，刚才短信说船取消了，可我们酒店订在岛上，不去就白付了，孩子还盼了好几个月，下午那班有没有，能不能补差价，行李能不能先寄过去，你说我该先弄哪个。",
    "我那张回老家的大巴票是明天上午的，刚才车站说线路临时调整，要改到晚上，可我老娘在家等着吃团圆饭，晚上到就全耽误了，还有没有别的车，能不能换个站上车，退票扣不扣钱。",
    "我订的两晚营位，刚才看天气预报说明天有大雨，带着两个小孩搭帐篷肯定不行，能不能改成木屋，改不了能不能退，定金扣不扣，要是后天晴了还能不能再订回来。",
    "我在门店订了一辆七座车，明天一早取，刚才收到短信说车型换成五座了，我们七个人怎么坐，你们要么给我找辆七座的，要么把钱退了，我还得赶紧找别的车。",
]
# long enough (12 字) that even the fastest agent of this set talks over the caller for >= 1.5 s
HO_INTERRUPT_AGENT = [
    "下午两点那班还有五个位子，我先全给您锁上，差价不用补。",
    "明早还有一班经过您老家的加班车，我现在就把您换过去。",
    "木屋还剩一间，我先给您换过去，定金一分不扣。",
    "七座的车隔壁门店还有一辆，我替您调过来，价钱不变。",
]
HO_EARLY_AGENT = [
    "客轮改签是这样的，开船前两小时能免费改一次，节假日的船改到同一天别的班次不收钱，改到别的日子要看余位，退票的话开船前二十四小时以外退全款，之内扣一成。",
    "乐园的票是这样，节日票只能在票面那天用，下雨不退但能改一次日期，年卡不受影响，快速通道另买，当天进园以后就不能再改了。",
    "理赔是这样走的，先在线上报案拿到报案号，再把行程单、取消证明和发票拍照传上来，材料齐了十个工作日出结果，节假日顺延。",
]
# callers cut in with these: long enough to keep >= 1.5 s of talking over the agent
HO_EARLY_CUST = ["这些我网上都看过了，你就说我这张能不能改。", "打断一下，我就想知道今晚还来不来得及。",
                 "先别念条款了，我明天一早到底走不走得了？"]
HO_AFTER_INTERRUPT_CUST = ["你好歹让我把话讲完啊。", "我后面还有两件事没说呢。", "好，那你先说，我听着。"]
HO_AFTER_EARLY_AGENT = ["好，先答您最急的这一件。", "行，条款先放一边，说您这张。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics).
HO_GENERIC_QA = [
    ("改完了还要重新付钱吗？", "嗯对，不用重新付，原来的钱直接转到新订单上。"),
    ("能不能两个人分开改？", "嗯嗯，能分开，每个人单独一张订单。"),
    ("改签手续费是多少？", "节前这一单给您免了，一分不收。"),
    ("退款几天能到账？", "原路退回，一般三到七个工作日。"),
    ("明天几点之前得到？", "开始前四十分钟到就来得及。"),
    ("带宠物可以吗？", "小猫小狗装进笼子可以带，大型犬不行。"),
    ("小孩要不要买票？", "一米二以下免票，一米二以上买半价。"),
    ("改完能补开发票吗？", "能开，行程结束后在订单里申请电子发票。"),
    ("身份证忘带了怎么办？", "现场能开临时证明，提前半小时到就行。"),
    ("下雨会不会取消？", "小雨照常，大风大雨会提前短信通知。"),
    ("停车的地方有吗？", "旁边有收费停车场，节日当天车位紧。"),
    ("行李有没有限重？", "每人二十公斤以内免费，超了按公斤收。"),
    ("带老人出门有减免吗？", "六十五岁以上凭证件打八折。"),
    ("能换个人的名字吗？", "出发前一天能换一次，新名字要跟证件一致。"),
    ("节后还能再改一次吗？", "还能改一次，改到节后七天以内都行。"),
    ("你刚才说的那个时间是几点？", "明早七点四十，七点四十。"),
]
HO_CUST_DETAIL = ["我明天一大早就要出门，真的急。", "我都排了快一个钟头才打进来。",
                  "我一家老小行李都收拾好了。", "我手机快没电了，你说快点。",
                  "我这边吵，孩子在哭，你大点声。", "我是帮我爸妈订的，他们不会弄。"]
HO_CUST_SEARCH = ["你稍等，我翻一下订单截图。", "我把确认短信找出来，你等我一下。"]
HO_CUST_FILLER_OPEN = ["呃，", "嗯，", "啊，", "呃，我想一下，", "嗯，就是吧，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["线上有回音，没听真，您的手机号能再说一遍吗？"],
    "name": ["线上有回音，没听真，您的名字能再说一遍吗？"],
    "id": ["线上有回音，没听真，身份证后六位能再说一遍吗？"],
    "account": ["线上有回音，没听真，{acct_label}能再说一遍吗？"],
    "address": ["线上有回音，没听真，您的地址能再说一遍吗？"],
}
HO_SLOT_ANSWER = {
    "phone": "{phone_zh}。", "name": "{name}。", "id": "{id6_zh}。",
    "account": "{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["我再报一回，", "", "你听仔细，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["我跟您对一遍，手机{phone_zh}，对得上吧？"],
    "name": ["我跟您对一遍，{name}，对得上吧？"],
    "id": ["我跟您对一遍，身份证后六位{id6_zh}，对得上吧？"],
    "account": ["我跟您对一遍，{acct_label}{acct_zh}，对得上吧？"],
    "address": ["我跟您对一遍，{address}，对得上吧？"],
}
HO_READBACK_CUST = ["对得上，没问题。", "对，一个字不差。", "嗯，就这个。", "没错，是它。"]
HO_NEW_ASK = {
    "phone": ("能不能也发给我老公一份？", "嗯对，能发，您把您先生的手机号码说给我。", "{phone_zh}。", "好的，改签短信两个号码都会收到。"),
    "name": ("能加一个同行的人吗？", "能加，请讲一下同行人的全名。", "{name}。", "好的，同行人已经加进订单里了。"),
    "address": ("纸质票能寄到我公司吗？", "嗯嗯，能寄，请把您公司的地址说给我。", "{address}。", "好的，票按这个地址寄出。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]),
                    ("account", ["卡号", "账号", "编号", "单号"]),
                    ("name", ["姓名", "名字", "全名", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["说给我", "再说一遍", "请讲一下", "是多少", "报一下", "念给我", "告诉我"]


# the slot an agent line asks for, or None (read-backs 「我跟您对一遍…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("我跟您对一遍",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so most
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).
HO_DOMAINS = {
    "islandferry": {
        "companies": [("碧湾海岛客轮公司", "碧湾海岛客轮公司")],
        "acct_label": "客轮船票单号",
        "verify": [("请把船票订单号告诉我。", "{acct_zh}。", ["account"]),
                   ("乘船人的名字和手机号码各是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["明早的船说停航了，岛上的酒店怎么办？", "船票日期订错了，想改到明天。"],
             "result": ["改到下午那班，{doctor}调度{due}前把新船票发给您。"],
             "qa": [("酒店那边你们能帮着说一声吗？", "嗯嗯，能，我们给岛上酒店发停航证明。")]},
            {"open": ["想把去程和回程都往后推一天。"],
             "result": ["两程都能推，{doctor}调度{due}前跟您确认船次。"],
             "qa": [("推一天要加钱吗？", "嗯对，不加，节前停航改签都免费。")]},
        ],
    },
    "coachstation": {
        "companies": [("南岭长途汽车客运站", "南岭长途汽车客运站")],
        "acct_label": "车票订单编号",
        "verify": [("请把车票订单编号告诉我。", "{acct_zh}。", ["account"]),
                   ("坐车的是哪位，名字和身份证后六位各是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["明天回老家的大巴改到晚上了，我赶不上团圆饭。", "车票买成了反方向的，想换过来。"],
             "result": ["换到早上的加班车，{doctor}站长{due}前把座位号发给您。"],
             "qa": [("加班车是一样的大巴吗？", "嗯嗯，是，一样的座位一样的票价。")]},
            {"open": ["想再给我妈买一张同一班的票。"],
             "result": ["同一班还有票，{doctor}站长{due}前把两张票排在一起。"],
             "qa": [("能挨着坐吗？", "嗯对，能挨着，我给您选连座。")]},
        ],
    },
    "tentsite": {
        "companies": [("松涛露营地预订处", "松涛露营地预订处")],
        "acct_label": "营位预约单号",
        "verify": [("请把营位预订单号告诉我。", "{acct_zh}。", ["account"]),
                   ("预订人的名字和手机号码各是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["明天有大雨，帐篷营位想换成木屋。", "营位被别人占了，到了没地方搭。"],
             "result": ["给您换到木屋，{doctor}营长{due}前告诉您门锁密码。"],
             "qa": [("木屋要补差价吗？", "嗯嗯，不用补，下雨天改木屋按原价算。")]},
            {"open": ["想问问后天还有没有靠湖的营位。"],
             "result": ["靠湖的还有一块，{doctor}营长{due}前给您锁定。"],
             "qa": [("营地能生火烧烤吗？", "嗯对，能烧，在指定的烤炉那儿。")]},
        ],
    },
    "themepark": {
        "companies": [("星河主题乐园票务台", "星河主题乐园票务台")],
        "acct_label": "门票订单编号",
        "verify": [("请把门票订单编号告诉我。", "{acct_zh}。", ["account"]),
                   ("买票的是哪位，名字和手机号码各是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["孩子发烧了，明天的票想改到节后。", "付了钱票没出来，明天进不去。"],
             "result": ["票改到节后，{doctor}主管{due}前把新的二维码发给您。"],
             "qa": [("快速通道也能一起改吗？", "嗯嗯，能一起改，跟着门票走。")]},
            {"open": ["想给家里老人加两张票。"],
             "result": ["能加，{doctor}主管{due}前把老人票合到一个订单里。"],
             "qa": [("老人票能便宜点吗？", "嗯对，能，六十五岁以上半价。")]},
        ],
    },
    "travelclaims": {
        "companies": [("安途旅游保险理赔台", "安途旅游保险理赔台")],
        "acct_label": "理赔报案编号",
        "verify": [("请把理赔报案编号告诉我。", "{acct_zh}。", ["account"]),
                   ("被保险人的名字和身份证后六位各是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["航班取消了，酒店的钱能不能赔？", "理赔交上去一个月了还没动静。"],
             "result": ["材料转给审核，{doctor}理赔员{due}前跟您说赔多少。"],
             "qa": [("酒店的订金也算吗？", "嗯嗯，算，订金凭收据一块赔。")]},
            {"open": ["想问问明天出门前还能不能加买一份。"],
             "result": ["今晚还能加买，{doctor}理赔员{due}前把保单发给您。"],
             "qa": [("加买的当天就生效吗？", "嗯对，零点起就生效。")]},
        ],
    },
    "autorent": {
        "companies": [("驰途租车门店", "驰途租车门店")],
        "acct_label": "租车订单编号",
        "verify": [("请把租车订单编号告诉我。", "{acct_zh}。", ["account"]),
                   ("驾驶人的名字和身份证后六位各是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["订的七座车被换成五座了，我们七个人。", "取车时间想从早上改到中午。"],
             "result": ["给您调一辆七座的，{doctor}店长{due}前告诉您车牌号。"],
             "qa": [("调过来的车要加钱吗？", "嗯嗯，不加，是我们换的车型。")]},
            {"open": ["想把还车地点改到外地的门店。"],
             "result": ["异地还车能办，{doctor}店长{due}前把费用发给您。"],
             "qa": [("异地还车要另收钱吗？", "嗯对，要收一点调度费。")]},
        ],
    },
    "rivercruise": {
        "companies": [("澜江游轮公司", "澜江游轮公司")],
        "acct_label": "船舱预订编号",
        "verify": [("请把船舱预订编号告诉我。", "{acct_zh}。", ["account"]),
                   ("游客的名字和家里地址各是多少？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["水位涨了，游轮说要改航线，钱怎么算？", "订的江景房被换成了内舱。"],
             "result": ["差价退给您，{doctor}船务经理{due}前把退款单发过去。"],
             "qa": [("改了航线还停原来的码头吗？", "嗯嗯，停，只是少一个景点。")]},
            {"open": ["想把两个人的船舱升成阳台房。"],
             "result": ["阳台房还有一间，{doctor}船务经理{due}前跟您确认。"],
             "qa": [("升舱要补多少？", "嗯对，要补，每人八百。")]},
        ],
    },
    "museumtickets": {
        "companies": [("东原博物馆票务处", "东原博物馆票务处")],
        "acct_label": "参观预约编号",
        "verify": [("请把参观预约单号告诉我。", "{acct_zh}。", ["account"]),
                   ("约馆的是哪位，名字和手机号码各是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["预约了明天上午，临时有事想改到下午。", "特展的票约上了，可是短信没收到。"],
             "result": ["改到下午两点场，{doctor}馆员{due}前把新的预约码发给您。"],
             "qa": [("特展也能跟着改吗？", "嗯嗯，能，特展跟着场次走。")]},
            {"open": ["想给学生团约二十个人的讲解。"],
             "result": ["团体讲解能约，{doctor}馆员{due}前告诉您讲解员是谁。"],
             "qa": [("学生团免票吗？", "嗯对，凭学生证免票。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["水", "支", "经", "干", "堵", "通", "广", "利", "夔", "红", "单", "充"]
DOCTORS = SURNAMES           # the dispatcher, the station master, the claims officer ... by surname
NAMES = ["水晓航", "支悦宁", "经梦帆", "干嘉言", "堵远舟", "通小溪", "广海鸥", "利安途", "夔行之", "红念归",
         "单思源", "充一帆"]
AREAS = ["滨海新村", "望潮里", "松柏苑", "锦江花园", "白鹭湾", "长亭小区"]
CITIES = ["防城港", "钦州", "汕尾", "阳江", "北戴河", "西双版纳", "阿坝", "嘉峪关"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["还有，我回程那张票要不要一起改？", "另外，我朋友那张订单能不能一块看看？"]
HOLD2_AGENT = "回程和您朋友那张都看过了，回程顺延一天不收钱，您朋友的订单没受影响。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
