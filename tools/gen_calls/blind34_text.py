# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind34`` (dev only): the thirty-fourth blind evaluation set for issue 11.

Written by a thirty-fourth writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette),
without reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py and
blind10_text.py to blind33_text.py.  Eight business lines none of them had: a bell foundry
(铸钟厂), a lacquerware workshop (漆器工坊), a seed bank's visitor programme (种子库科普参观), a
canyon zipline (峡谷高空滑索), an indigo tie-dye workshop (扎染工坊), a wetland bird-watching
station (湿地观鸟站), a mushroom-picking farm (菌菇采摘农场) and a tidal-flat foraging base
(赶海体验基地).
Each line is answered by "the holiday-peak overflow line": in the Golden Week rush the centre
opens extra lines and borrows staff from the back office (accounts, the warehouse, admin), who
are polite but hurried, keep one eye on the queue board and now and then drop a part of the
script; callers have queued before they get through, are impatient, cut in early and say the
same thing twice.
Other 工号 forms (节日加开线, 后台借调, 高峰分流席, 增援坐席, 假期加班岗, 溢出专线, 临时调配, a plain
number after the name), offers of help, closings, hold announcements and returns in other words,
服务禁语 in seven families, and hard negatives.

Two openings are unusual but acceptable: one first apologises for the queue before naming the
centre; one says that the agent is borrowed from the back office for the holiday rush.

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

HO_DOMAINS_LIST = ["bellfoundry", "lacquer", "seedbank", "zipline", "indigo", "birdwatch", "mushroom", "tidalflat"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说", "那么"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number in a form no earlier writer used, an offer of help; all fit any centre.  Two
# are unusual but acceptable: an apology for the queue comes before the centre; the agent says
# that it is someone from the back office lent to the phones for the holiday.
HO_GREETINGS = [
    "您好，{hotline}节日加开线{agent_zh}号，您要办的事跟我说就行。",
    "{tod}，{hotline}高峰分流席{agent_zh}号为您接听，请问要咨询哪一项？",
    "您好，让您排了这么久的队，实在对不住；这里是{hotline}，增援坐席{agent_zh}号，您请讲。",
    "您好，{hotline}，我是后台借调过来的{agent_zh}号，假期电话多，我先帮您处理，您说。",
    "{tod}，{hotline}假期加班岗{agent_zh}号小{agent_surname}，很高兴接到您，有什么能帮上的？",
    "您好，欢迎致电{hotline}，溢出专线{agent_zh}号在听，请问是订票还是售后？",
    "您好，{hotline}临时调配坐席，我姓{agent_surname}，工号{agent_zh}，您哪里需要协助？",
    "{tod}，这里是{hotline}，值守员{agent_surname}，{agent_zh}号在岗，请问您遇到什么情况了？",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["排队的那位，说吧。", "喂，快点讲，后面还一长串。", "讲，什么事。", "说话呀，哪位？",
                    "喂喂，听得到吗，说吧。", "节假日忙，直接说要干嘛。"]

# ---- closings
HO_CLOSING_ASK = ["后面还排着人，您这边还有别的要一并处理吗？", "其他方面还有不清楚的吗？",
                  "今天这一通还想顺带问点什么？", "剩下的还有什么我能一起帮您弄好？"]
HO_CLOSING_CUST = ["没了没了。", "就这一件。", "行了，够了。", "暂时没有别的。", "好，问完了。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; one without 再见
# (thanks plus wishes), which is acceptable.
HO_CLOSING_BYE = {
    None: ["假期排队辛苦您了，谢谢您的耐心，再见。",
           "那就按刚才说的办，感谢您打进来，假期愉快，再见。",
           "谢谢您节日里还专门来电，祝您玩得尽兴。",
           "单子我都录进去了，谢谢您，再见。",
           "节后有人会再跟您对一遍，感谢配合，再见。"],
    "bellfoundry": ["谢谢您订我们的钟，祝您钟声悠远，再见。"],
    "lacquer": ["感谢您喜欢大漆，祝您的漆盒越用越亮，再见。"],
    "seedbank": ["谢谢您带孩子来看种子，祝您参观收获满满，再见。"],
    "zipline": ["感谢您来飞滑索，祝您玩得刺激又平安，再见。"],
    "indigo": ["谢谢您来染布，祝您染出一块好看的蓝，再见。"],
    "birdwatch": ["感谢您来湿地观鸟，祝您拍到想拍的鸟，再见。"],
    "mushroom": ["谢谢您来采蘑菇，祝您满篮而归，再见。"],
    "tidalflat": ["感谢您来赶海，祝您挖到一桶好货，再见。"],
}
HO_CLOSING_CUST_BYE = ["好，节日快乐。", "嗯，走了。", "好嘞，谢谢。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["记上了，下一位。", "先这样，后面排着队呢。", "行，今天就办到这儿。", "好了，等通知。",
                   "其他的节后再说吧。", "没事我就接下一个了。"]
HO_BAD_CLOSING_CUST = ["哎，怎么说完就没了？", "你就这么打发我？", "喂，我还有一句。", "这就完啦？"]

# ---- holds: announcements in other words (the queue board, the warehouse, the back-office
# system the lent agent is less at home in); thanks on return in other words; returns without
# thanks; none promises music (there is none in this set), and all fit any centre.
HO_HOLD_ANNOUNCE = ["我得去库存系统里翻一翻，请您先别挂断，马上就好。",
                    "这个我问一下值班经理，劳烦您稍等片刻。",
                    "我把您的单子转给仓库确认，麻烦保持通话，稍候就回。",
                    "后台这会儿卡得很，我换台电脑查，请您等我一小会儿，别挂。",
                    "我去看看今天余量的表，您先不要挂，稍等。",
                    "这要对一下财务那边的流水，请您稍候，我尽量快。",
                    "我找一下排班表上负责这块的同事，请您别挂，稍等一会儿。"]
ANNOUNCE_RE = "别挂|稍等|稍候|不要挂|保持通话|请您等"
HO_HOLD_THANKS = ["谢谢您在线上又多等了这么一阵，仓库回话了。", "多谢您没走开，经理那边给了准话。",
                  "耽误您了，财务的流水对上了。", "感谢您一直拿着听筒，余量表我查到了。",
                  "有劳您等这么久，同事把记录调出来了。", "谢谢您这么耐着性子，系统总算查通了。"]
HO_THANKS_WORDS = ["谢谢", "感谢", "多谢", "久等", "久候", "麻烦您", "辛苦", "抱歉", "不好意思", "劳驾", "有劳", "难为",
                   "让您等", "耽搁", "劳烦", "过意不去", "干等", "空等", "对不住", "对不起", "耐心", "多亏", "劳您",
                   "耽误", "占用", "耐着性子", "谢了", "谢啦", "候着", "等了", "承蒙", "费心", "烦请", "恳请", "没挂",
                   "等着", "等候", "辛劳", "包涵", "见谅", "体谅", "着急", "守着", "没走开", "等我", "陪着", "费神",
                   "受累", "持线", "等待", "烦劳", "万分", "敬请", "静候", "恭候", "劳您久", "熬着", "陪我等", "担待",
                   "歉意", "失礼", "打扰", "添麻烦", "等这一阵", "多等", "等久", "理解", "等这一会儿", "等我这么",
                   "拿着听筒", "排队", "排了", "这么久"]
HO_RESUME_NO_THANKS = ["仓库说铜钟的木架今天能打好，后天发出。", "经理同意给您换到五号上午那一场。",
                       "流水上显示退款前天已经原路退了。", "余量表上十月三号下午还剩四个名额。",
                       "负责的同事说发票节后第一天开出来。"]
HO_UNANNOUNCED_PRE = ["我翻翻节前的排班表。", "我看看订单上的场次。", "我对照付款记录。", None, None]
# words a return without thanks, or the line before an unannounced hold, must not have
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
                  "有权限的", "就好", "换台", "转给", "尽量快", "一小会儿", "先不要", "库存系统"]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic).  Two are hard
# negatives: a look-alike of a hold announcement (the agent says it has the page open already, and
# no hold follows) and a look-alike of a closing (a thank-you and good wishes in mid-call, then on
# to the next matter).
HO_ACK_AGENT = ["是啊，假期打进来的人特别多，您排这么久我知道。", "好啊，那就给您记两个大人两个孩子。",
                "是啊，黄金周名额紧，我先给您锁上。",
                "页面我已经打开了，不用让您干等，现在就能告诉您。",
                "谢谢您这么体谅，祝您这几天玩得开心，咱们再把退款的事说完。"]
HO_ACK_CUST = ["嗯，知道了。", "呃，行吧。", "啊，原来这样。", "好好，你接着说。", "噢，可以。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["嗯。", "收到。", "好的。", "您讲。", "记了。", "对。"]
HO_CUST_BC = ["对对。", "嗯嗯。", "快说。", "说吧。", "知道。", "哦。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "滑索下来的时候我的帽子被刮飞了。", "出发前讲了要系紧帽带，您不听讲解能赖谁。", "您不听讲解能赖谁"),
    ("blame_customer", "扎染的围巾洗了一次全掉色了。", "第一次要冷水单洗，说明书上写着呢，是您没照着来。", "是您没照着来"),
    ("blame_customer", "赶海的时候孩子的脚被贝壳划破了。", "滩上本来就有碎壳，谁让您不给孩子穿雨靴。", "谁让您不给孩子穿雨靴"),
    ("refuse_responsibility", "寄来的漆盒表面有一道裂纹。", "出库的时候好好的，裂了是运输的事，我这儿管不着。", "我这儿管不着"),
    ("refuse_responsibility", "观鸟站租的望远镜是坏的。", "望远镜是承包商的，您去问他们，跟我们站里无关。", "跟我们站里无关"),
    ("refuse_responsibility", "采蘑菇那天大巴没来接。", "大巴是旅行社安排的，您的账算不到我们农场。", "算不到我们农场"),
    ("do_it_yourself", "种子库参观要不要预约？", "官网首页就挂着呢，您点开看一眼不就知道了。", "点开看一眼不就知道了"),
    ("do_it_yourself", "铸钟厂的浇铸表演几点开始？", "时刻表贴在大门口，到了自己对着看。", "到了自己对着看"),
    ("do_it_yourself", "赶海要带什么工具？", "攻略网上一搜一大把，这些还用得着问我。", "这些还用得着问我"),
    ("take_or_leave", "定制的钟能不能刻别的字体？", "字体就两种，挑不中就别订了，别的一律不接。", "挑不中就别订了"),
    ("take_or_leave", "滑索能不能单独给孩子买一张？", "单人票不卖，要么全家买套票，要么别玩了。", "要么别玩了"),
    ("take_or_leave", "漆器体验课能不能换到晚上？", "课只排白天，您迁就不了那是您的事。", "迁就不了那是您的事"),
    ("impatience", "采蘑菇到底几点集合？", "刚才已经讲过一遍了，您能不能记着点。", "您能不能记着点"),
    ("impatience", "观鸟站几月份鸟最多？", "长话短说行吗，我这儿一排人等着接。", "长话短说行吗"),
    ("impatience", "扎染课一次几个人？", "您这一个接一个地问，还让不让人接下一个了。", "还让不让人接下一个了"),
    ("sarcasm", "赶海能保证挖到螃蟹吗？", "保证挖到您上菜市场买去，那儿个个都有。", "您上菜市场买去"),
    ("sarcasm", "漆器能不能放洗碗机？", "放洗碗机您买塑料碗多好，还讲究什么大漆。", "还讲究什么大漆"),
    ("sarcasm", "滑索能不能慢一点？", "想慢您去坐缆车嘛，来飞滑索图什么。", "来飞滑索图什么"),
    ("talking_down", "种子库的种子是活的吗？", "种子当然是活的，这都不晓得还来科普。", "这都不晓得还来科普"),
    ("talking_down", "铜钟为什么要用模子浇？", "讲了您也听不懂，看个热闹就行。", "讲了您也听不懂"),
    ("talking_down", "白鹭和苍鹭有什么区别？", "这都分不清，建议您先回去补补课。", "先回去补补课"),
]
HO_FORBIDDEN_REACT = ["排了半天队就听你这种话？", "你报一下工号，我节后就去投诉。",
                      "过个节服务就成这样了？", "叫你们值班经理来听。"]
# Agent hard negatives: taboo-ish words in acceptable service language; five answer the yes-no
# question with 嗯对 / 嗯嗯 (look-alikes are reached far more surely than small talk).
HO_LOOKALIKES = [
    ("blame_customer", "围巾掉色是不是我第一次用了热水？", "嗯嗯，热水确实容易掉色，不过掉成这样不正常，我们给您换一条。"),
    ("blame_customer", "帽子刮飞是不是怪我没系紧？", "不怪您，下次出发前工作人员会帮您再检查一遍，帽子我们登记找一找。"),
    ("blame_customer", "孩子脚划破是不是我没给他穿鞋？", "先别往自己身上揽，滩上碎壳我们该清理，医药费这边来处理。"),
    ("refuse_responsibility", "漆盒的裂纹是不是快递压的？", "嗯对，多半是路上磕的，不过您是跟我们买的，补发由我们来办。"),
    ("refuse_responsibility", "望远镜是不是承包商的？", "是承包商提供的，但您是在我们站里租的，这事我们负责到底。"),
    ("do_it_yourself", "官网上能直接预约参观吗？", "嗯嗯，能约，您要是方便我现在就替您约好。"),
    ("do_it_yourself", "时刻表是贴在门口吗？", "门口有一张，我也把今天的场次给您念一遍，下午两点和四点。"),
    ("take_or_leave", "定制的钟是不是只有两种字体？", "嗯对，常规是两种，想要别的字体可以加钱请师傅手刻。"),
    ("take_or_leave", "滑索是不是不卖单人票？", "单人票节日期间暂停，不过两人套票可以一大一小用。"),
    ("impatience", "我问了好几遍你不会嫌我烦吧？", "嗯嗯，不会，您多问几遍我多讲几遍，问明白最要紧。"),
    ("impatience", "假期这么忙还能慢慢说吗？", "能的，您这一通我不赶，您慢慢讲。"),
    ("sarcasm", "赶海真的能挖到螃蟹吗？", "运气好的话能挖到，退潮后两小时最好，我们有向导带着找。"),
    ("talking_down", "我一点不懂鸟能来观鸟吗？", "好啊，完全没问题，站里有讲解员，一看就会认几种。"),
    ("talking_down", "种子库的种子能发芽吗？", "嗯对，能发芽，参观的时候孩子还能亲手种一颗带走。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("排了二十分钟才接，你们是不是根本没人干活？", "让您排这么久是我们人手没跟上，我现在就专门处理您这件。"),
    ("别跟我打官腔，一句话，退不退？", "退，全额退，今天就给您走流程。"),
    ("你是临时顶班的吧，懂不懂业务？", "我是后台调来支援的，不确定的我当场跟经理确认，不会含糊您。"),
    ("再这样我就去网上给你们差评。", "您的意见我记下了，先把您的事办踏实，您再看要不要评价。"),
    ("你们这假期服务简直一塌糊涂。", "您批评得对，节日期间确实没做好，我先给您说说补救的办法。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我十一带全家去你们峡谷玩滑索，网上订的是上午十点那一场，到了排了三个钟头，工作人员说系统超卖了，最后只有我一个人飞了，孩子和老人在下面干等了一上午。",
    "我在你们工坊订了一只大漆首饰盒，说是国庆前一定到，结果拖到现在还没发货，打了三次电话都说在排队，我是要送人的，节都快过完了。",
    "我们一家报了你们的赶海体验，说好有向导带，结果到了滩上一个人都没有，潮水涨上来才有人喊我们回去，孩子吓得直哭，桶也丢了。",
    "我订了你们采蘑菇的亲子套餐，说含午饭和接送大巴，结果大巴没来，我们自己打车去的，到了午饭也没有，说是人太多厨房忙不过来。",
]
# long enough (12 字) that even the fastest agent of this set talks over the caller for >= 1.5 s
HO_INTERRUPT_AGENT = [
    "超卖是我们的责任，没飞上的三张票我现在就给您全额退回。",
    "拖到现在没发货是我们的问题，我今天就给您加急发顺丰。",
    "向导没到场是我们的严重失误，费用全退并给您一份赔偿。",
    "大巴和午饭都没兑现是我们的错，车费和餐费我都给您补上。",
]
HO_EARLY_AGENT = [
    "铸钟厂的参观是这样安排的，上午十点和下午两点各有一场浇铸表演，每场四十分钟，观看区离炉口二十米，孩子要有大人牵着，现场不能用闪光灯，表演完可以上手敲一敲样钟。",
    "滑索的注意事项我给您讲一下，体重要在三十五到一百公斤之间，心脏不好和孕妇不能玩，出发前要签安全告知书，穿运动鞋，长头发要扎起来，手机可以存在起点的柜子里。",
    "观鸟站的活动流程是这样的，早上六点在门口集合，领了望远镜跟讲解员走栈道，大概两个半小时，中途有一个观鸟屋可以休息，请穿深色衣服，不要喷香水，也不要大声说话。",
]
# callers cut in with these: long enough to keep >= 1.5 s of talking over the agent
HO_EARLY_CUST = ["这个我都知道了，你就说明天还有没有票。", "行了行了，你直接告诉我一个人多少钱。",
                 "不用念那么多，我就问小孩能不能进。"]
HO_AFTER_INTERRUPT_CUST = ["你先听我讲完行不行。", "我还没说完呢。", "行，那你讲吧。"]
HO_AFTER_EARLY_AGENT = ["好的，那我直接回答您这个。", "明白，我拣要紧的说。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics)
HO_GENERIC_QA = [
    ("国庆七天都开吗？", "嗯对，七天全开，每天早上八点半开门。"),
    ("能不能现场买票？", "嗯嗯，现场也能买，不过节日期间建议网上先订。"),
    ("停车场会不会满？", "上午十点以后基本就满了，建议坐景区直通车。"),
    ("老人有没有优惠？", "六十五岁以上凭身份证免票。"),
    ("能开公司抬头的发票吗？", "可以，下单时填好抬头和税号。"),
    ("订好了能改日期吗？", "提前一天改，免费改一次。"),
    ("现在还有几号的名额？", "四号和六号还有，其他几天都约满了。"),
    ("雨天怎么办？", "下大雨会停一场，钱原路退回。"),
    ("刚才说的集合地点你再讲一次？", "好的，北门游客中心门口。"),
    ("二十个人的团能便宜吗？", "二十人以上打八五折，再送一位领队。"),
    ("能带宠物吗？", "宠物不能进园区，门口有寄养点。"),
    ("里面有吃饭的地方吗？", "园区里有两家餐厅，也可以自带干粮。"),
    ("三岁的孩子能参加吗？", "三岁可以参加室内那部分，户外的要满六岁。"),
    ("最晚几点入园？", "下午四点停止入园。"),
    ("有没有地铁能到？", "地铁四号线到终点站，换乘免费接驳车。"),
    ("付完钱有短信通知吗？", "有，付款成功后马上有短信，入园出示就行。"),
]
# Customers' long turns: holiday callers who have queued, are in a hurry and say things twice.
HO_CUST_DETAIL = ["我排了好久才打进来，你们能不能快一点。", "我再说一遍啊，我要的是三号的，三号。",
                  "我在高速服务区呢，信号不好，你说快点。", "刚才那个客服说了一半就断了，我又排了一次队。",
                  "我就一个问题，一个问题，能不能退。", "孩子在车上吵着要去，我得赶紧定下来。"]
HO_CUST_SEARCH = ["你等等，我从短信里找找。", "稍微等一下，我把订单页面翻出来。"]
HO_CUST_FILLER_OPEN = ["呃，", "嗯，", "啊，", "嗯，就是，", "呃，我想问，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["这边人声太杂没听全，手机号码请再报给我一遍？"],
    "name": ["这边人声太杂没听全，名字请再报给我一遍？"],
    "id": ["这边人声太杂没听全，身份证后六位请再报给我一遍？"],
    "account": ["这边人声太杂没听全，{acct_label}请再报给我一遍？"],
    "address": ["这边人声太杂没听全，地址请再报给我一遍？"],
}
HO_SLOT_ANSWER = {
    "phone": "{phone_zh}。", "name": "{name}。", "id": "{id6_zh}。",
    "account": "{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["我再报一次，", "", "你听好，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["我按记下的复述一下，手机{phone_zh}，没错吧？"],
    "name": ["我按记下的复述一下，{name}，没错吧？"],
    "id": ["我按记下的复述一下，身份证末六位{id6_zh}，没错吧？"],
    "account": ["我按记下的复述一下，{acct_label}{acct_zh}，没错吧？"],
    "address": ["我按记下的复述一下，{address}，没错吧？"],
}
HO_READBACK_CUST = ["没错。", "对，是这个。", "嗯，没错。", "对对对。"]
HO_NEW_ASK = {
    "phone": ("入园短信能发给我同事吗？", "嗯嗯，能发，请提供一下您同事的手机号码。", "{phone_zh}。", "好的，短信会同时发到这个号码。"),
    "name": ("票能转到我朋友名下吗？", "可以转，请告诉我您朋友的全名。", "{name}。", "好的，票已经转到新的名下。"),
    "address": ("东西能直接寄到我单位吗？", "嗯对，能寄，请告诉我单位的地址。", "{address}。", "好的，寄送的地方改成单位了。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]),
                    ("account", ["卡号", "账号", "编号", "单号"]),
                    ("name", ["姓名", "名字", "全名", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["再报给我", "请告诉我", "请提供", "是多少", "报给我", "念给我"]


# the slot an agent line asks for, or None (read-backs 「我按记下的复述一下…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("我按记下的复述一下",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so most
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).
HO_DOMAINS = {
    "bellfoundry": {
        "companies": [("鸿音铸钟厂", "鸿音铸钟厂")],
        "acct_label": "铸钟定制合同编号",
        "verify": [("铸钟定制合同编号报给我一下。", "{acct_zh}。", ["account"]),
                   ("下单人的名字和地址是多少？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["定做的铜钟说好节前到，现在还没发。", "钟上刻的字刻错了一个。"],
             "result": ["给您加急处理，{doctor}师傅{due}前把新的发货时间给您。"],
             "qa": [("刻错的字能重新刻吗？", "嗯嗯，能重刻，费用我们出。")]},
            {"open": ["寺里想订一口大钟，想先来厂里看看浇铸。"],
             "result": ["可以来参观，{doctor}厂长{due}前跟您约时间。"],
             "qa": [("参观的时候能上手敲钟吗？", "嗯对，样钟都能敲，戴上耳塞就行。")]},
        ],
    },
    "lacquer": {
        "companies": [("朱髹漆器工坊", "朱髹漆器工坊")],
        "acct_label": "漆器订单编号",
        "verify": [("漆器订单编号报给我一下。", "{acct_zh}。", ["account"]),
                   ("收件人的名字和手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["寄来的漆盒有一道裂纹。", "订的首饰盒拖了半个月还没发货。"],
             "result": ["给您补发一只，{doctor}师傅{due}前把快递单号发给您。"],
             "qa": [("裂了的那只要寄回去吗？", "嗯嗯，不用寄回，拍照留个底就行。")]},
            {"open": ["想给公司年会订一批漆器做礼品。"],
             "result": ["批量可以做，{doctor}师傅{due}前把样品图和报价发您。"],
             "qa": [("能把公司的标刻上去吗？", "嗯对，能刻，金色和银色都可以。")]},
        ],
    },
    "seedbank": {
        "companies": [("禾种种子库科普中心", "禾种种子库科普中心")],
        "acct_label": "种子库参观预约单号",
        "verify": [("种子库参观预约单号报给我一下。", "{acct_zh}。", ["account"]),
                   ("预约人的名字和手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["约好的参观到了说名额满了不让进。", "讲解员讲到一半就走了。"],
             "result": ["给您重新约一场，{doctor}老师{due}前把新的时间发您。"],
             "qa": [("重新约的能多带一个孩子吗？", "嗯嗯，可以，多一个孩子不另收费。")]},
            {"open": ["学校想带一个班来种子库研学。"],
             "result": ["研学可以安排，{doctor}老师{due}前把方案发给您。"],
             "qa": [("学生能看到零下的冷库吗？", "嗯对，能隔着玻璃看，不用进去。")]},
        ],
    },
    "zipline": {
        "companies": [("飞渡峡谷高空滑索", "飞渡峡谷高空滑索")],
        "acct_label": "滑索门票编号",
        "verify": [("滑索门票编号报给我一下。", "{acct_zh}。", ["account"]),
                   ("购票人的名字和身份证后六位是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["订了票到了说超卖了没飞上。", "排了三个钟头才轮到。"],
             "result": ["没飞的票全额退，{doctor}主管{due}前把退款办好。"],
             "qa": [("退款是退回原来的账户吗？", "嗯嗯，原路退，三到五天到。")]},
            {"open": ["公司想包一个下午来玩滑索团建。"],
             "result": ["可以包场，{doctor}主管{due}前给您确认场次和报价。"],
             "qa": [("团建能配一个摄影师吗？", "嗯对，能配，照片当天就发给您。")]},
        ],
    },
    "indigo": {
        "companies": [("蓝靛坊扎染工坊", "蓝靛坊扎染工坊")],
        "acct_label": "扎染体验课单号",
        "verify": [("扎染体验课单号报给我一下。", "{acct_zh}。", ["account"]),
                   ("上课人的名字和手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["买的扎染围巾洗一次就掉色。", "课上染的布说好寄给我，一直没收到。"],
             "result": ["给您重新寄一份，{doctor}老师{due}前把单号发给您。"],
             "qa": [("掉色的那条还要退回去吗？", "嗯嗯，不用退，留着当抹布也行。")]},
            {"open": ["想带公司同事来上一次扎染课。"],
             "result": ["团体课可以开，{doctor}老师{due}前给您排时间。"],
             "qa": [("染的布当天能带走吗？", "嗯对，晾干了就能带走，一个钟头左右。")]},
        ],
    },
    "birdwatch": {
        "companies": [("苇荡湿地观鸟站", "苇荡湿地观鸟站")],
        "acct_label": "观鸟活动报名单号",
        "verify": [("观鸟活动报名单号报给我一下。", "{acct_zh}。", ["account"]),
                   ("报名人的名字和身份证后六位是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["租的望远镜是坏的，看不清。", "说好有讲解员，去了没人带。"],
             "result": ["给您补一次活动，{doctor}站长{due}前跟您约日子。"],
             "qa": [("补的那次能换成周末吗？", "嗯嗯，能换，周六周日都有场。")]},
            {"open": ["摄影协会想组织会员来湿地拍候鸟。"],
             "result": ["可以接待，{doctor}站长{due}前把最佳时段发您。"],
             "qa": [("能进观鸟屋架长焦吗？", "嗯对，能架，每个窗口留一个机位。")]},
        ],
    },
    "mushroom": {
        "companies": [("山菌谷菌菇采摘农场", "山菌谷菌菇采摘农场")],
        "acct_label": "采摘套餐订单编号",
        "verify": [("采摘套餐订单编号报给我一下。", "{acct_zh}。", ["account"]),
                   ("下单人的名字和手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["说好的接送大巴没来。", "套餐里的午饭到了说没有。"],
             "result": ["车费和餐费给您补上，{doctor}场长{due}前联系您。"],
             "qa": [("打车的票要寄给你们吗？", "嗯嗯，拍照发过来就行，不用寄。")]},
            {"open": ["幼儿园想组织孩子来采蘑菇。"],
             "result": ["亲子班能安排，{doctor}场长{due}前给您报价。"],
             "qa": [("采的蘑菇能带回家吗？", "嗯对，每人一篮，称重以内免费带走。")]},
        ],
    },
    "tidalflat": {
        "companies": [("退潮湾赶海体验基地", "退潮湾赶海体验基地")],
        "acct_label": "赶海体验券编号",
        "verify": [("赶海体验券编号报给我一下。", "{acct_zh}。", ["account"]),
                   ("预订人的名字和地址是多少？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["赶海的时候向导没来，涨潮了才喊我们。", "孩子的脚在滩上划破了。"],
             "result": ["费用全退再给您赔偿，{doctor}经理{due}前跟您谈方案。"],
             "qa": [("孩子看病的钱能一起报吗？", "嗯嗯，能报，留好病历和票据。")]},
            {"open": ["想订中秋那几天的赶海加海鲜烧烤。"],
             "result": ["中秋还有名额，{doctor}经理{due}前给您留好位置。"],
             "qa": [("挖到的海鲜能现场加工吗？", "嗯对，能加工，按斤收一点加工费。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["麻", "豆", "战", "承", "哈", "芈", "酆", "鄞", "甯", "虎", "青", "揣"]
DOCTORS = SURNAMES           # the master, the farm manager, the station head ... by surname
NAMES = ["麻晓岚", "豆子墨", "战一凡", "承雨桐", "哈思远", "芈佳宁", "酆志刚", "鄞若溪", "甯嘉禾", "虎天佑",
         "青梦瑶", "揣文杰"]
AREAS = ["钟鸣里小区", "漆园新村", "稻种苑", "飞渡花园", "蓝靛巷社区", "苇岸家园"]
CITIES = ["永登", "平遥", "昆明", "张家界", "大理", "盐城", "庆元", "北海"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["还有，我上回退的钱怎么还没到？", "对了，我那张节日代金券怎么显示失效了？"]
HOLD2_AGENT = "退款和代金券都查过了，退款昨天已经退出去，失效的代金券给您补发了一张新的。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
