# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind30`` (dev only): the thirtieth blind evaluation set for issue 11.

Written by a thirtieth writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette),
without reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py and
blind10_text.py to blind29_text.py.  Eight business lines none of them had: a taxidermy studio
(动物标本制作), a glass-blowing workshop (玻璃吹制), a trampoline park (蹦床公园), a racing-pigeon
loft (赛鸽公棚), a vinyl-record shop (黑胶唱片), a paragliding base (滑翔伞), a self-storage
warehouse (迷你仓) and a ballroom-dance studio (国标舞).  Each line is answered by "the new-hire
cohort": trainee agents in their first week who read the script word for word, over-apologise and
ask a mentor for anything off the script; impatient regular callers who know the drill and cut in
with the answer before the question ends.
Other 工号 forms (见习客服, 新员工…号, 培训期坐席, 试岗席位, 学员工号, 带教组, plain numbers), offers of
help, closings, hold announcements and returns in other words, 服务禁语 in seven families, and hard
negatives.

Two openings are unusual but acceptable: one first says the agent is in the first week with a
mentor listening in; one first asks whether the caller has rung this line before.

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

HO_DOMAINS_LIST = ["taxidermy", "glassblowing", "trampoline", "pigeonloft", "vinyl", "paragliding",
                   "selfstorage", "ballroom"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说", "那么"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number in a form no earlier writer used, an offer of help; all fit any centre.  Two
# are unusual but acceptable: the first week and a listening mentor said first; a question whether
# the caller has rung before.
HO_GREETINGS = [
    "您好，{hotline}，见习客服{agent_zh}号，很高兴为您服务，请问您需要办理什么业务？",
    "{tod}，感谢致电{hotline}，新员工{agent_zh}号，请问有什么可以为您效劳的？",
    "您好，这里是{hotline}，培训期坐席{agent_zh}号为您接听，请您讲。",
    "{tod}，{hotline}试岗席位{agent_zh}号，请问今天想咨询点什么？",
    "您好，{hotline}，学员工号{agent_zh}，我是小{agent_surname}，您有什么需要尽管说。",
    "您好，{hotline}，我是见习客服{agent_zh}号，这是我上岗的第一周，旁边有带教老师陪着听，哪里说得不周到请您多包涵，您请讲。",
    "您好，{hotline}，{agent_zh}号为您服务，请问您以前打过我们这条线吗？打过的话您直接说事，没打过我从头给您介绍。",
    "{tod}，{hotline}带教组{agent_zh}号，请问我能帮您做些什么？",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["喂，这边，啥事。", "说事儿。", "喂，怎么了？", "干嘛的？", "喂，听着呢，快说。",
                    "又有人打进来了，讲吧。"]

# ---- closings
HO_CLOSING_ASK = ["请问您还有其他需要我协助的地方吗？", "按流程我再问一句，您还有别的问题吗？",
                  "您看今天的事还有哪里没说清楚的？", "别的方面还需要我帮忙吗？"]
HO_CLOSING_CUST = ["没了没了。", "就这样。", "不用了，都清楚了。", "可以了，没别的。", "没有了，谢了。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; one without 再见
# (thanks plus wishes), which is acceptable.
HO_CLOSING_BYE = {
    None: ["不好意思我说得慢，感谢您耐心听完，祝您一切顺利。",
           "今天的事都给您记上了，谢谢您的来电，祝您愉快，再见。",
           "我是新来的，有不周到的地方请多担待，谢谢您，再见。",
           "那就先这样，非常感谢您打来，祝您生活愉快，再见。",
           "您的事我按流程交下去了，谢谢您给我机会练手，再见。"],
    "taxidermy": ["感谢您把它交给我们，祝您早日迎它回家，再见。"],
    "glassblowing": ["谢谢您来吹玻璃，祝您做出最满意的那一件，再见。"],
    "trampoline": ["感谢您带孩子来玩，祝您一家跳得开心，再见。"],
    "pigeonloft": ["谢谢您信得过公棚，祝您的鸽子早日归巢，再见。"],
    "vinyl": ["感谢您光顾唱片行，祝您听得尽兴，再见。"],
    "paragliding": ["谢谢您选我们的基地，祝您飞得平稳落得安稳，再见。"],
    "selfstorage": ["感谢您租用我们的仓位，祝您搬家顺利，再见。"],
    "ballroom": ["谢谢您来学国标，祝您舞步越跳越轻快，再见。"],
}
HO_CLOSING_CUST_BYE = ["好，再见。", "嗯，拜拜。", "行了，挂了啊。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["行，完事了。", "那就这样，我这边要下了。", "好，没了吧，没了先这么着。", "有事再说，先挂。",
                   "结果等通知就行，别的没了。", "行行行，就这样。"]
HO_BAD_CLOSING_CUST = ["啊？就完了？", "你先别挂，我还有一件。", "新来的就是不行。", "喂，人呢？"]

# ---- holds: announcements in other words (a trainee asks the mentor, the supervisor, the manual);
# thanks on return in other words; returns without thanks; none promises music (it is drawn per
# hold), and all fit any centre.
HO_HOLD_ANNOUNCE = ["这个我得请教一下带我的师父，您先别挂电话，我问完就回来。",
                    "手册上没写这种情况，我去问一下组长，请您稍候片刻。",
                    "我现在把您的电话先保留一下，去跟老员工确认，您别挂。",
                    "这个我拿不准，不敢乱说，麻烦您在线等我一下，我去核对。",
                    "请您先不要挂断，我把电话设成等待，查清楚马上回来。",
                    "系统我还用不熟，我请旁边的前辈帮我调一下，您稍等别挂。",
                    "我去培训资料里找找这个条款，电话请您保持着，很快回来。"]
ANNOUNCE_RE = "别挂|稍候|不要挂断|在线等|保持着"
HO_HOLD_THANKS = ["不好意思让您等这么久，师父教了我怎么办。", "实在抱歉耽搁您了，组长确认过了。",
                  "谢谢您等我，前辈帮我查到了。", "让您久等了真对不起，条款我找到了。",
                  "感谢您这么耐心地等，老员工说可以办。"]
HO_THANKS_WORDS = ["谢谢", "感谢", "多谢", "久等", "久候", "麻烦您", "辛苦", "抱歉", "不好意思", "劳驾", "有劳", "难为",
                   "让您等", "耽搁", "劳烦", "过意不去", "干等", "空等", "对不住", "对不起", "耐心", "多亏", "劳您",
                   "耽误", "占用", "耐着性子", "谢了", "谢啦", "候着", "等了", "承蒙", "费心", "烦请", "恳请", "没挂",
                   "等着", "等候", "辛劳", "包涵", "见谅", "体谅", "着急", "守着", "没走开", "等我", "陪着", "费神",
                   "受累", "持线", "等待", "烦劳", "万分", "敬请", "静候", "恭候", "劳您久", "熬着", "陪我等", "担待",
                   "歉意", "失礼", "打扰", "添麻烦"]
HO_RESUME_NO_THANKS = ["组长说这种情况可以免费改一次。", "师父的意思是按会员价收。", "系统里显示您的订单周三已经发出。",
                       "老员工查了，仓位还剩两个小号的。", "条款写的是七天内可以全额退。"]
HO_UNANNOUNCED_PRE = ["我查查系统。", "我对对订单。", "我看一眼记录本。", None, None]
# words a return without thanks, or the line before an unannounced hold, must not have
NOT_ANNOUNCING = ["等", "稍", "挂", "候", "线上", "在线", "别收", "收线", "搁", "音乐", "提示音", "片刻", "马上", "一会儿",
                  "一下", "别走", "静音", "安勿躁", "回来", "断", "旋律", "握着", "安静", "结束通话", "离开", "听筒",
                  "保留", "没声音", "端着", "放下", "线路", "电话", "别放", "拿着", "小曲", "撂", "多待", "保持",
                  "走开", "接回", "不挂", "通话", "一阵", "暂停", "挂机", "掉线", "座位", "一分钟", "话筒", "去去就",
                  "很快", "内线", "接到", "持机", "拿稳", "中断", "听不到", "守在", "转入", "恢复", "座席", "请示", "维持",
                  "两分钟", "半分钟", "请勿", "尽快", "不会太久", "不会长", "这就", "核实", "呼", "叫醒", "问问", "机子",
                  "打给", "不要", "留在", "别挂", "左右", "进系统", "请教", "走过去", "那头", "一两分钟", "听着",
                  "调取", "查阅", "答复", "暂候", "静候", "立刻", "回复您", "对讲", "里屋", "叫上", "休息室", "旁边",
                  "拨个", "去问", "喊", "进去", "问完", "去跟", "去培训", "找找", "设成", "帮我调", "去核对", "去查"]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic).  Two are hard
# negatives: a look-alike of a hold announcement (the agent needs nobody; no hold follows) and a
# look-alike of a closing (a thank-you in mid-call, then on to the next matter).
HO_ACK_AGENT = ["是啊，您说得对，我照着手册给您一条一条过。", "好啊，那我就按您说的登记。",
                "是啊，不好意思，我刚上岗，说得慢了点，您别介意。",
                "这个不用问别人，手册第一页就有，我直接给您答。",
                "非常感谢您提醒我，您说的那条我已经改过来了，咱们看下一项。"]
HO_ACK_CUST = ["嗯，知道了。", "快点说吧。", "行，这我懂。", "哦。", "对，接着说。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["嗯嗯。", "明白。", "好的。", "记着。", "是的。", "对。"]
HO_CUST_BC = ["嗯。", "知道。", "说吧。", "行。", "快说。", "哦。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "标本的毛怎么掉了一块？", "您拿回去天天用手摸，掉毛是您自己摸秃的。", "是您自己摸秃的"),
    ("blame_customer", "唱片放了两次就有杂音。", "您那唱针多少年没换了，划坏了赖不到店里。", "划坏了赖不到店里"),
    ("blame_customer", "仓位里的纸箱受潮了。", "谁让您把东西直接堆地上，受潮纯属自找。", "受潮纯属自找"),
    ("refuse_responsibility", "吹好的杯子寄到就碎了。", "碎在路上是快递摔的，您找快递去，我们管不着路上。", "我们管不着路上"),
    ("refuse_responsibility", "孩子在蹦床上扭了脚。", "入场协议您签了字，出了事跟我们八竿子打不着。", "八竿子打不着"),
    ("refuse_responsibility", "赛鸽比赛的成绩没登记上。", "成绩是协会的电脑录的，要闹您找协会闹去。", "要闹您找协会闹去"),
    ("do_it_yourself", "滑翔伞体验要穿什么？", "公众号里都写了，您动动手指自己点开看。", "动动手指自己点开看"),
    ("do_it_yourself", "国标舞课表在哪儿看？", "课表贴在前台墙上，自个儿去抄一份。", "自个儿去抄一份"),
    ("do_it_yourself", "仓库的门禁怎么开？", "说明书塞您包里了，回去自己琢磨。", "回去自己琢磨"),
    ("take_or_leave", "标本能不能快一点做好？", "排队就得三个月，等不起就去别家做。", "等不起就去别家做"),
    ("take_or_leave", "唱片能不能便宜点？", "明码标价，嫌贵出门左转。", "嫌贵出门左转"),
    ("take_or_leave", "滑翔伞能不能改到下午飞？", "下午不飞，要飞就上午，不飞拉到。", "不飞拉到"),
    ("impatience", "玻璃课到底几点开始？", "两点两点，同一句话我讲了八百遍了。", "同一句话我讲了八百遍"),
    ("impatience", "我的鸽子到底回来没有？", "您一天打三回，我这儿没空陪您耗，挂了吧。", "没空陪您耗"),
    ("impatience", "蹦床要不要穿防滑袜？", "要要要，行了吧，一个问题磨叽半天。", "一个问题磨叽半天"),
    ("sarcasm", "能不能让孩子在蹦床上多玩一个钟头？", "多玩一个钟头，干脆让孩子住这儿得了。", "干脆让孩子住这儿得了"),
    ("sarcasm", "吹玻璃能不能教我做个花瓶？", "第一次来就想做花瓶，您可真看得起自己。", "真看得起自己"),
    ("sarcasm", "跳国标能减肥吗？", "跳几下就想瘦，那满大街都是舞蹈家了。", "满大街都是舞蹈家了"),
    ("talking_down", "黑胶和光盘有什么区别？", "这都不懂还买什么黑胶，外行。", "还买什么黑胶"),
    ("talking_down", "滑翔伞会不会掉下来？", "问这种话的一看就没见过世面。", "没见过世面"),
    ("talking_down", "标本要用什么药水保存？", "配方讲给您听也是白讲，不用操这个心。", "讲给您听也是白讲"),
]
HO_FORBIDDEN_REACT = ["你们就这么跟客人说话？", "你新来的吧？把你们带教叫来。",
                      "这话你再说一遍试试。", "我要找你们店长，现在。"]
# Agent hard negatives: taboo-ish words in acceptable service language; five answer the yes-no
# question with 嗯对 / 嗯嗯 (look-alikes are reached far more surely than small talk).
HO_LOOKALIKES = [
    ("blame_customer", "标本掉毛是不是我老用手摸的缘故？", "嗯嗯，手上的油会有点影响，不过掉这么多主要是我们处理得不到位，我们免费给您补。"),
    ("blame_customer", "唱片有杂音是不是我唱针的问题？", "有这个可能，您把唱片带过来，我们在店里的机器上放一遍就知道了。"),
    ("refuse_responsibility", "杯子碎了是快递的责任吗？", "嗯对，是路上摔的，不过赔偿我们先给您办，快递那边我们去交涉。"),
    ("refuse_responsibility", "扭了脚你们管吗？", "管的，我们先承担就医的费用，保险的事我们来跑。"),
    ("do_it_yourself", "公众号里有体验须知吗？", "嗯嗯，有的，我也直接跟您说，穿运动鞋和长裤就行。"),
    ("do_it_yourself", "门禁说明书在包里吗？", "在的，您要是看不明白，我现在就一步一步跟您讲。"),
    ("take_or_leave", "标本是不是都要排三个月？", "嗯对，一般要三个月，加急的话一个半月，我给您问问加急的名额。"),
    ("take_or_leave", "唱片是明码标价吗？", "是明码标价，不过会员九五折，我帮您看看能不能用。"),
    ("impatience", "我是不是打太多次了？", "嗯嗯，不要紧的，您打几次我们都接，鸽子一有消息就通知您。"),
    ("impatience", "这么问会不会太啰嗦了？", "不啰嗦，问清楚了您才放心，我再给您讲一遍。"),
    ("sarcasm", "第一次来能做个花瓶吗？", "第一次做小杯子更稳，花瓶可以第二次来再挑战。"),
    ("talking_down", "我完全不懂黑胶，能给我推荐入门的吗？", "好啊，入门先从爵士和老歌选，我给您挑几张音质好的。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("你是不是新来的？说话这么磕巴。", "是的，我刚上岗，说得慢请您见谅，您的事我一定办好。"),
    ("别照着稿子念了。", "好的，我直接说重点，周四下午给您办完。"),
    ("换个老员工来接。", "我理解您的心情，老员工就在我旁边，我先把您的问题记全了。"),
    ("你们这店早晚黄。", "您先消消气，咱们把事情解决了最要紧。"),
    ("这种小事都办不了？", "给您添麻烦了，我这就按您说的登记。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我那只猫走了以后送去你们那儿做标本，交了一半的定金，说好两个月做好，现在都快四个月了，一问就说在排队，我每次打电话都是不同的人接，说法还都不一样。",
    "上周六带孩子去你们蹦床公园，票上写的两个小时，结果进去一个钟头就被工作人员叫下来，说下一场的人到了，孩子哭了一路，这钱花得太冤了。",
    "我租了你们一个中号仓位放家具，上个月去拿的时候发现门锁被人换了，里面的沙发还挪了位置，问前台谁动的，谁都说不知道。",
    "报名的时候说好滑翔伞是双人带飞，教练全程陪着，到了山上又说风太大只能在地上练拉伞，钱一分不退，我们一家开了三个钟头的车。",
]
# long enough (12 字) that even the fastest agent of this set talks over the caller for >= 1.5 s
HO_INTERRUPT_AGENT = [
    "标本拖了两个月是我们的不对，我这就给您申请退一半定金。",
    "孩子少玩的那一个钟头，我们给您补一张两小时的票。",
    "仓位的锁被换我们马上调监控，今天之内给您答复结果。",
    "没飞成是我们的问题，这次的费用一分不少全部退给您。",
]
HO_EARLY_AGENT = [
    "吹玻璃体验课的流程我照着手册给您念一遍，下午两点到工坊签到，先看十分钟的安全视频，戴好护目镜和隔热手套，师傅示范一次，然后您自己吹一个小杯子，做好的作品要放进退火炉过夜，第二天才能取。",
    "国标舞新学员的安排是这样的，第一周上两节基础课，学华尔兹的基本步和握姿，第二周开始分拉丁和摩登两个方向，每节课九十分钟，舞鞋可以先借，一个月以后再决定要不要买。",
    "迷你仓的租用手续我按流程说一下，先在前台签租赁合同，交一个月的押金，领门禁卡和钥匙，仓库二十四小时开放，进出都要刷卡，里面不能存放易燃易爆和生鲜物品。",
]
# callers cut in with these: long enough to keep >= 1.5 s of talking over the agent
HO_EARLY_CUST = ["行了行了这些我都知道，我就问几点能取。", "不用念了我来过好几回，就问还有没有位置。",
                 "打住打住，你就说押金多少钱。"]
HO_AFTER_INTERRUPT_CUST = ["你听我讲完行不行。", "我还没说完。", "得，你说你说。"]
HO_AFTER_EARLY_AGENT = ["不好意思，那我直接回答您。", "好的抱歉，您问的是这个。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics)
HO_GENERIC_QA = [
    ("你们周一开门吗？", "嗯对，周一照常开门，早上十点到晚上九点。"),
    ("能刷信用卡吗？", "嗯嗯，可以刷，不收手续费。"),
    ("附近有地铁吗？", "地铁三号线的西门站，出站走五分钟就到。"),
    ("有没有停车的地方？", "楼下有地下车库，前两个小时不收费。"),
    ("能不能开专票？", "可以开，把公司的开票信息发给我们就行。"),
    ("带朋友来有优惠吗？", "两个人同来第二位打九折。"),
    ("提前多久要约？", "提前三天约比较稳，周末要提前一周。"),
    ("取消要扣钱吗？", "提前二十四小时取消不扣，当天取消扣一成。"),
    ("我刚才没听清，你再讲一下？", "好的，我放慢一点重新说。"),
    ("你们有分店吗？", "目前只有这一家，明年打算在城南开第二家。"),
    ("能不能派人来接？", "三公里以内可以派车，超出的话要另算车费。"),
    ("可以分期付吗？", "满两千可以分三期，没有利息。"),
    ("节假日涨价吗？", "法定节假日会上浮一成，平时都是原价。"),
    ("有没有线上的课？", "有录播的，会员可以免费看。"),
    ("老年人有折扣吗？", "六十五岁以上凭身份证打八五折。"),
    ("怎么联系上次那个老师？", "我给您留个言，让他主动联系您。"),
]
# Customers' long turns: impatient regulars who know the drill.
HO_CUST_DETAIL = ["我是老客户了，流程我都熟，你就别从头讲了。",
                  "我就在你们店门口，急着办完赶下一场。",
                  "上回接电话的是个老员工，两句话就办完了。",
                  "我一个月打你们这电话好几回了，你查查就知道。",
                  "我赶时间，你捡要紧的说。",
                  "这事我上礼拜就说过，怎么还没动静。"]
HO_CUST_SEARCH = ["等一下，我翻下相册里的收据。", "稍等，我打开小程序看看。"]
HO_CUST_FILLER_OPEN = ["嗯，", "呃，", "啊，", "呃，就是，", "嗯，怎么说呢，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["不好意思，我没记下来，麻烦您重复一下手机号码。"],
    "name": ["不好意思，我没记下来，麻烦您重复一下名字。"],
    "id": ["不好意思，我没记下来，麻烦您重复一下身份证后六位。"],
    "account": ["不好意思，我没记下来，麻烦您重复一下{acct_label}。"],
    "address": ["不好意思，我没记下来，麻烦您重复一下地址。"],
}
HO_SLOT_ANSWER = {
    "phone": "{phone_zh}。", "name": "{name}。", "id": "{id6_zh}。",
    "account": "{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["都说两遍了，", "", "你记好了，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["按流程跟您核对一下，手机{phone_zh}，请问是否正确？"],
    "name": ["按流程跟您核对一下，{name}，请问是否正确？"],
    "id": ["按流程跟您核对一下，身份证尾号{id6_zh}，请问是否正确？"],
    "account": ["按流程跟您核对一下，{acct_label}{acct_zh}，请问是否正确？"],
    "address": ["按流程跟您核对一下，{address}，请问是否正确？"],
}
HO_READBACK_CUST = ["对对。", "是的。", "嗯，没错。", "对，快点。"]
HO_NEW_ASK = {
    "phone": ("我换了个新手机号，能改一下吗？", "嗯嗯，可以改，请告诉我新的手机号码。", "{phone_zh}。", "好的，新号码已经换上了。"),
    "name": ("能改成我老婆的名字登记吗？", "可以的，请告诉我您爱人的全名。", "{name}。", "好，登记人已经改好了。"),
    "address": ("东西能送到我新家吗？", "嗯对，能送，请告诉我新家的地址。", "{address}。", "好的，送货的去处已经更新了。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]),
                    ("account", ["卡号", "账号", "编号", "单号"]),
                    ("name", ["姓名", "名字", "全名", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["重复一下", "请告诉我", "请提供", "是多少", "报一下"]


# the slot an agent line asks for, or None (read-backs 「按流程跟您核对一下…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("按流程跟您核对一下",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so most
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).
HO_DOMAINS = {
    "taxidermy": {
        "companies": [("栩栩动物标本制作工作室", "栩栩动物标本制作工作室")],
        "acct_label": "标本委托单号",
        "verify": [("请提供一下标本委托单号。", "{acct_zh}。", ["account"]),
                   ("委托人的名字和手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["标本做了快四个月还没好。", "取回来的标本掉了一块毛。"],
             "result": ["给您加急处理，{doctor}师傅{due}前交件。"],
             "qa": [("加急要另外收钱吗？", "嗯嗯，不收，是我们耽误了工期。")]},
            {"open": ["家里的鹦鹉走了，想做个标本留念。"],
             "result": ["可以接，{doctor}师傅{due}先跟您沟通姿态。"],
             "qa": [("能做成站在枝头的样子吗？", "嗯对，可以，枝头的底座我们有现成的。")]},
        ],
    },
    "glassblowing": {
        "companies": [("流光玻璃吹制工坊", "流光玻璃吹制工坊")],
        "acct_label": "玻璃工坊预约单号",
        "verify": [("请提供一下玻璃工坊预约单号。", "{acct_zh}。", ["account"]),
                   ("预约人的名字和手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["寄来的玻璃杯到手就碎了。", "做好的作品还没寄出来。"],
             "result": ["给您重做一件，{doctor}师傅{due}前发出。"],
             "qa": [("这次能包得结实点吗？", "嗯嗯，能，用双层气泡膜加木箱。")]},
            {"open": ["想带孩子来体验吹玻璃。"],
             "result": ["亲子场可以约，{doctor}老师{due}前确认名额。"],
             "qa": [("孩子几岁能参加？", "八岁以上就行，全程有师傅陪着。")]},
        ],
    },
    "trampoline": {
        "companies": [("弹跳星球蹦床公园", "弹跳星球蹦床公园")],
        "acct_label": "蹦床年卡卡号",
        "verify": [("请提供一下蹦床年卡卡号。", "{acct_zh}。", ["account"]),
                   ("持卡人的名字和手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["孩子只玩了一个钟头就被叫下来了。", "年卡里少了三次。"],
             "result": ["给您补两个小时，{doctor}店长{due}前把补的次数加上。"],
             "qa": [("补的次数有期限吗？", "嗯对，有，半年内用完就行。")]},
            {"open": ["想在你们那儿给孩子办生日会。"],
             "result": ["生日包场可以办，{doctor}经理{due}前把方案发给您。"],
             "qa": [("能自带蛋糕吗？", "嗯嗯，可以带，我们提供刀叉和餐盘。")]},
        ],
    },
    "pigeonloft": {
        "companies": [("云程赛鸽公棚", "云程赛鸽公棚")],
        "acct_label": "赛鸽足环编号",
        "verify": [("请提供一下赛鸽足环编号。", "{acct_zh}。", ["account"]),
                   ("鸽主的名字和身份证后六位是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["我的鸽子比赛成绩没登记上。", "送去的鸽子一直没归巢。"],
             "result": ["给您重新核对成绩，{doctor}棚主{due}前回复您。"],
             "qa": [("核对要交钱吗？", "嗯嗯，不用，核对都是免费的。")]},
            {"open": ["想送两羽幼鸽来参加秋季赛。"],
             "result": ["秋季赛还能报，{doctor}棚主{due}前给您留两个棚位。"],
             "qa": [("幼鸽要先打疫苗吗？", "嗯对，要打，进棚时查疫苗记录。")]},
        ],
    },
    "vinyl": {
        "companies": [("慢转黑胶唱片行", "慢转黑胶唱片行")],
        "acct_label": "唱片行会员卡号",
        "verify": [("请提供一下唱片行会员卡号。", "{acct_zh}。", ["account"]),
                   ("会员的名字和收货地址是多少？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["新买的唱片放两次就有杂音。", "订的限量版唱片没到货。"],
             "result": ["给您换一张新的，{doctor}店长{due}前寄出。"],
             "qa": [("换的还是同一版吗？", "嗯嗯，是同一版，全新未拆封。")]},
            {"open": ["家里有一批老唱片想卖给你们。"],
             "result": ["可以上门估价，{doctor}师傅{due}过去看看。"],
             "qa": [("估价要收费吗？", "嗯对，不收费，成交了按件算钱。")]},
        ],
    },
    "paragliding": {
        "companies": [("逐风滑翔伞飞行基地", "逐风滑翔伞飞行基地")],
        "acct_label": "滑翔伞飞行订单号",
        "verify": [("请提供一下滑翔伞飞行订单号。", "{acct_zh}。", ["account"]),
                   ("飞行人的名字和身份证后六位是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["上山以后说风大飞不了。", "想把双人带飞改个日子。"],
             "result": ["给您改到下周，{doctor}教练{due}前跟您确认天气。"],
             "qa": [("改期要加钱吗？", "嗯嗯，不加，因为天气改期都免费。")]},
            {"open": ["想报个滑翔伞的执照班。"],
             "result": ["执照班可以报，{doctor}教练{due}先给您做一次体检评估。"],
             "qa": [("执照班要学多久？", "嗯对，一般十五天左右，分地面和空中两段。")]},
        ],
    },
    "selfstorage": {
        "companies": [("安放迷你仓自助仓储", "安放迷你仓自助仓储")],
        "acct_label": "迷你仓租赁合同编号",
        "verify": [("请提供一下迷你仓租赁合同编号。", "{acct_zh}。", ["account"]),
                   ("承租人的名字和手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["仓位的锁被人换了。", "仓位里的纸箱受潮了。"],
             "result": ["先给您换一个干燥的仓位，{doctor}主管{due}前查清原因。"],
             "qa": [("换仓位要补差价吗？", "嗯嗯，不用补，差价我们承担。")]},
            {"open": ["搬家想租三个月的大号仓位。"],
             "result": ["大号仓位有空的，{doctor}主管{due}前跟您签合同。"],
             "qa": [("能帮忙搬东西进去吗？", "嗯对，能帮，有搬运的推车和工人。")]},
        ],
    },
    "ballroom": {
        "companies": [("翩然国标舞培训中心", "翩然国标舞培训中心")],
        "acct_label": "舞蹈学员编号",
        "verify": [("请提供一下舞蹈学员编号。", "{acct_zh}。", ["account"]),
                   ("学员的名字和手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["上周的课老师没来也没通知。", "想换个舞伴老师。"],
             "result": ["给您补一节课，{doctor}老师{due}前跟您约时间。"],
             "qa": [("补的课能挑时间吗？", "嗯嗯，能挑，工作日晚上和周末都有。")]},
            {"open": ["我和我爱人想一起学国标。"],
             "result": ["可以报双人班，{doctor}老师{due}先给你们上一节体验课。"],
             "qa": [("两个人一起有优惠吗？", "嗯对，有，双人班每人减两百。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["欧阳", "上官", "司马", "诸葛", "夏侯", "皇甫", "尉迟", "慕容", "令狐", "宇文", "长孙", "司徒", "公孙",
            "东方", "钟离", "闻人"]
DOCTORS = SURNAMES           # the taxidermist, the glass-blower, the coach, the loft keeper ... by surname
NAMES = ["欧阳子涵", "上官婉清", "司马远航", "诸葛明轩", "夏侯静怡", "皇甫俊杰", "尉迟晓雯", "慕容思远", "令狐佳琪",
         "宇文博涛", "长孙雅楠", "司徒正阳"]
AREAS = ["鸽哨新村", "琉璃巷小区", "飞云花园", "舞韵苑", "西坡公寓", "晴川里"]
CITIES = ["张家界", "景德镇", "淄博", "泉州", "绵阳", "洛阳", "赣州", "鞍山"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["还有，我上回交的押金退了吗？", "另外我的会员积分怎么对不上？"]
HOLD2_AGENT = "押金和积分都查清楚了，押金前天已经原路退回，积分少的那部分我给您补上了。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
