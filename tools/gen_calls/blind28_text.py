# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind28`` (dev only): the twenty-eighth blind evaluation set for issue 11.

Written by a twenty-eighth writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette),
without reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py and
blind10_text.py to blind27_text.py.  Eight business lines none of them had, each answered on its
贵宾专线 (the VIP line): an art-auction house (艺术品拍卖行), a golf club (高尔夫球会), a private-chef
service (私厨上门), helicopter sightseeing flights (直升机观光), an antique-furniture restorer
(古董家具修复), a villa-pool maintenance firm (别墅泳池维护), a bespoke-perfume studio (香水定制)
and a snow-removal contractor for villa estates (扫雪除冰).  Senior, very polite agents in long,
formal sentences (敬请, 烦劳, 为您悉心安排, 恭候); demanding, well-off callers who grow brisk when
annoyed and ask for a manager; long holds while the agent consults a manager.  Other 工号 forms
(贵宾顾问, 专属经理, 礼宾专员, 首席服务官, 客户关系主任, 尊享热线席位, 资深顾问, 贵宾服务编号),
offers of help, closings, hold announcements and returns in other words, 服务禁语 in seven
families, and hard negatives.

Two openings are unusual but acceptable: one tells the caller first that the call is kept
confidential before asking what is needed; one says the call has been put through
with priority first and asks whether the caller can talk now.

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

HO_DOMAINS_LIST = ["auction", "golf", "privatechef", "heli", "antique", "poolcare", "perfume", "snowclear"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说", "那么"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number in a form no earlier writer used, an offer of help; all fit any centre.  Two
# are unusual but acceptable: a word on confidentiality first; a priority line that asks whether the
# caller can talk now.
HO_GREETINGS = [
    "您好，{hotline}贵宾专线，贵宾顾问{agent_zh}号竭诚为您服务，请问今天有什么需要我为您安排？",
    "{tod}，欢迎致电{hotline}，专属经理{agent_zh}号在线，请问有什么事情可以为您效劳？",
    "您好，{hotline}尊享热线，礼宾专员{agent_zh}号恭候您的吩咐，请您讲。",
    "您好，感谢致电{hotline}，首席服务官{agent_zh}号为您接听，请问我能为您做些什么？",
    "{tod}，{hotline}，客户关系主任{agent_zh}号很荣幸为您服务，请问您这次来电希望我们协助哪方面？",
    "您好，{hotline}贵宾服务中心，{agent_zh}号，先向您说明，本次通话内容我们会严格保密，请您放心，请问有什么需要？",
    "您好，{hotline}，资深顾问{agent_zh}号小{agent_surname}，您的来电已优先接入，请问现在说话方便吗？方便的话请您讲。",
    "{tod}，{hotline}尊享热线席位{agent_zh}号，很高兴听到您的来电，请问有什么可以帮到您？",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["喂，讲吧，我这边忙着呢。", "谁呀？找哪个？", "喂，什么事赶紧的。", "哎，你找谁？",
                    "喂，这条线不是随便打的，你哪位？", "说吧，又怎么了。"]

# ---- closings
HO_CLOSING_ASK = ["请问您今天还有其他事项需要我一并为您安排吗？", "不知道您还有什么需要我跟进的地方？",
                  "今天的事情就先为您办到这里，您看还有其他吩咐吗？", "还有哪方面我可以再为您效劳的吗？"]
HO_CLOSING_CUST = ["没了，就这样。", "先这些吧。", "暂时没别的。", "没有，就这件。", "其他的回头再说。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; one without 再见
# (thanks plus wishes), which is acceptable.
HO_CLOSING_BYE = {
    None: ["非常感谢您一直以来的信任与支持，期待再次为您服务，再见。",
           "今天的事项我会全程跟进，衷心感谢您的来电，再见。",
           "后续进展我会第一时间向您汇报，谢谢您的耐心，再见。",
           "能为您服务是我的荣幸，感谢您的来电，祝您一切顺遂。",
           "您交代的事我都记下了，感谢您抽出时间，祝您生活愉快，再见。"],
    "auction": ["感谢您关注本季拍卖，祝您竞拍顺利、如愿以偿，再见。"],
    "golf": ["感谢您对球会的支持，祝您下一场打出好成绩，再见。"],
    "privatechef": ["谢谢您选择我们的私厨服务，祝您家宴宾主尽欢，再见。"],
    "heli": ["感谢您预订观光航班，祝您飞行愉快、风景尽收眼底，再见。"],
    "antique": ["谢谢您把家具托付给我们，祝您府上一切安好，再见。"],
    "poolcare": ["感谢您信任我们的泳池维护，祝您夏天游得畅快，再见。"],
    "perfume": ["谢谢您在我们这里定制香水，祝您找到属于自己的味道，再见。"],
    "snowclear": ["感谢您预约除雪服务，祝您雪天出行平平安安，再见。"],
}
HO_CLOSING_CUST_BYE = ["好，再见。", "行，辛苦了。", "嗯，再见。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["就这么定了，挂了。", "事情记下了，别的以后再说。", "行了，有结果会通知。", "先到这儿，我这边还有客人。",
                   "其他的您问销售吧。", "那就这样，没别的了吧，挂了啊。"]
HO_BAD_CLOSING_CUST = ["这就完了？", "喂，我还有话要说。", "你们贵宾线就这个态度？", "哎，怎么挂了。"]

# ---- holds: announcements in other words (keep the line, don't hang up, wait on the line ...);
# thanks on return in other words; returns without thanks; none promises music (it is drawn per
# hold), and all fit any centre.
HO_HOLD_ANNOUNCE = ["这件事我需要请示一下部门经理，烦劳您不要挂断，我请示完立刻回复您。",
                    "我为您向值班经理争取一下，敬请您在线静候片刻。",
                    "这个方案我要和主管当面商量，劳您保持线路畅通，稍候我就回来。",
                    "请容我调阅一下您的贵宾档案，请您暂候，不要挂机。",
                    "这一点我得跟经理核实清楚再答复您，请您不要挂断电话，稍等一会儿。",
                    "我去请我们的客户经理过来一起看，请您在线稍候，我尽快给您答复。",
                    "为了给您一个准确的答复，我需要查询一下，请您先别挂断，稍等。"]
ANNOUNCE_RE = "不要挂断|在线静候|保持线路|暂候|不要挂机|在线稍候|别挂断"
HO_HOLD_THANKS = ["非常感谢您的耐心等待，经理已经同意了。", "让您久等了，万分抱歉，主管给了一个方案。",
                  "感谢您耐心等候，贵宾档案调出来了。", "谢谢您一直等着，经理亲自看过了。",
                  "实在抱歉占用您这么久，部门那边有答复了。"]
HO_THANKS_WORDS = ["谢谢", "感谢", "多谢", "久等", "久候", "麻烦您", "辛苦", "抱歉", "不好意思", "劳驾", "有劳", "难为",
                   "让您等", "耽搁", "劳烦", "过意不去", "干等", "空等", "对不住", "对不起", "耐心", "多亏", "劳您",
                   "耽误", "占用", "耐着性子", "谢了", "谢啦", "候着", "等了", "承蒙", "费心", "烦请", "恳请", "没挂",
                   "等着", "等候", "辛劳", "包涵", "见谅", "体谅", "着急", "守着", "没走开", "等我", "陪着", "费神",
                   "受累", "持线", "等待", "烦劳", "万分", "敬请", "静候", "恭候", "劳您久"]
HO_RESUME_NO_THANKS = ["经理同意了，这次按贵宾价给您结算。", "主管的意见是先免费上门看一次。", "档案里记录的是去年十月办的年卡。",
                       "部门回复，费用可以分两期付。", "经理说这个季度还能再给您排一次。"]
HO_UNANNOUNCED_PRE = ["我请经理看看。", "我调出您的档案看看。", "我对对价目表。", None, None]
# words a return without thanks, or the line before an unannounced hold, must not have
NOT_ANNOUNCING = ["等", "稍", "挂", "候", "线上", "在线", "别收", "收线", "搁", "音乐", "提示音", "片刻", "马上", "一会儿",
                  "一下", "别走", "静音", "安勿躁", "回来", "断", "旋律", "握着", "安静", "结束通话", "离开", "听筒",
                  "保留", "没声音", "端着", "放下", "线路", "电话", "别放", "拿着", "小曲", "撂", "多待", "保持",
                  "走开", "接回", "不挂", "通话", "一阵", "暂停", "挂机", "掉线", "座位", "一分钟", "话筒", "去去就",
                  "很快", "内线", "接到", "持机", "拿稳", "中断", "听不到", "守在", "转入", "恢复", "座席", "请示", "维持",
                  "两分钟", "半分钟", "请勿", "尽快", "不会太久", "不会长", "这就", "核实", "呼", "叫醒", "问问", "机子",
                  "打给", "不要", "留在", "别挂", "左右", "进系统", "翻原件", "确认排期", "请教", "走过去", "那头",
                  "一两分钟", "一页一页", "听着", "持线", "调取", "翻一翻", "报给后台", "查阅", "答复", "暂候", "静候",
                  "请容", "争取", "商量", "请过来", "立刻", "回复您"]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic).  Two are hard
# negatives: a look-alike of a hold announcement (the manager already agreed; no hold follows) and a
# look-alike of a closing (a thank-you in mid-call, then on to the next matter).
HO_ACK_AGENT = ["是啊，您说的这个情况确实不应该发生，我来为您妥善处理。", "好啊，那就按您的意思来安排。",
                "是啊，这一季的行情变化比较大，我把细节给您讲透。",
                "这一条经理之前已经特批过了，不必让您再等，我现在就给您确认。",
                "感谢您把这件事告诉我们，这对我们很重要，我们接着说下一项。"]
HO_ACK_CUST = ["好。", "行，就这么办。", "嗯，知道了。", "哦，这样啊。", "可以可以。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["嗯嗯。", "您讲。", "是。", "明白。", "对。", "清楚。"]
HO_CUST_BC = ["嗯。", "哦。", "对。", "是吗。", "好。", "行吧。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "拍下的那幅画，到手发现画框有裂。", "预展的时候您自己没仔细看，现在说这个晚了。", "您自己没仔细看"),
    ("blame_customer", "私厨做的菜我客人吃了不舒服。", "菜单是您自己点头的，客人体质问题赖不到厨师身上。", "赖不到厨师身上"),
    ("blame_customer", "泳池的水又发绿了。", "还不是您家里人乱往池子里扔东西，水能不绿吗。", "水能不绿吗"),
    ("refuse_responsibility", "直升机起飞晚了一个多小时。", "空管不放行跟我们有什么关系，您找机场问去。", "您找机场问去"),
    ("refuse_responsibility", "修好的太师椅腿又松了。", "修是修了，腿松不松得看木头老不老，后面的事别算在工坊身上。", "别算在工坊身上"),
    ("refuse_responsibility", "铲雪的车把我家草坪压坏了。", "雪底下埋着什么我们可看不见，草坪的事您问物业去。", "草坪的事您问物业去"),
    ("do_it_yourself", "球会的开球时间怎么查？", "小程序里一点就有，犯不着打到贵宾线来问。", "犯不着打到贵宾线来问"),
    ("do_it_yourself", "拍卖的保证金规则是什么样的？", "图录最后一页印着呢，您自个儿翻翻。", "您自个儿翻翻"),
    ("do_it_yourself", "香水的前中后调是什么意思？", "这些在品牌手册里写得明明白白，我没工夫一条条讲。", "我没工夫一条条讲"),
    ("take_or_leave", "私厨能不能换一位主厨？", "主厨就这一位，您不满意可以不订。", "您不满意可以不订"),
    ("take_or_leave", "观光航线能不能多绕一圈？", "航线是批好的，就这么飞，不想飞就退。", "不想飞就退"),
    ("take_or_leave", "除雪能不能早上六点前到？", "排到几点就几点，嫌晚您换一家去请。", "嫌晚您换一家去请"),
    ("impatience", "我再问一遍，拍品什么时候能送到？", "送货时间我讲得够清楚了，您别来回问同一件事。", "您别来回问同一件事"),
    ("impatience", "球童到底能不能指定？", "能不能指定说过了，您快点说下一件吧。", "您快点说下一件吧"),
    ("impatience", "香水的留香时间到底多久？", "哎呀这个问题您都问三遍了，能不能记一下。", "能不能记一下"),
    ("sarcasm", "直升机能不能让我自己开一段？", "让您开一段，那您不如先去考个飞行执照。", "先去考个飞行执照"),
    ("sarcasm", "古董柜子能不能修得跟新的一样？", "修得跟新的一样，那还叫什么古董，您去家具城买个新的多好。", "您去家具城买个新的"),
    ("sarcasm", "泳池能不能一年四季都是二十八度？", "一年四季二十八度，您干脆搬去海南住得了。", "您干脆搬去海南住得了"),
    ("talking_down", "拍卖的佣金为什么这么高？", "连佣金怎么算都不清楚，您真是第一次参加拍卖吧。", "您真是第一次参加拍卖吧"),
    ("talking_down", "香水为什么要分浓度？", "这是香水最基础的常识，外行才会这么问。", "外行才会这么问"),
    ("talking_down", "高尔夫的差点是什么意思？", "差点都不懂，怪不得成绩上不去。", "怪不得成绩上不去"),
]
HO_FORBIDDEN_REACT = ["我是你们的贵宾会员，你就是这么跟我说话的？", "把你们经理叫来，我要跟他谈。",
                      "你这个态度，我要写信给你们老板。", "你的工号多少？我现在就投诉。"]
# Agent hard negatives: taboo-ish words in acceptable service language; five answer the yes-no
# question with 嗯对 / 嗯嗯 (look-alikes are reached far more surely than small talk).
HO_LOOKALIKES = [
    ("blame_customer", "画框的裂是不是我预展时候没注意到？", "嗯对，预展时不太容易看出来，这不怪您，我们安排修复师免费处理。"),
    ("blame_customer", "泳池发绿会不会是我家孩子往里扔了东西？", "有这个可能，不过主要还是要看水质，我们先派人上门检测，原因查清楚再说。"),
    ("refuse_responsibility", "起飞晚点是空管的原因吗？", "嗯嗯，是空管的原因，不过给您造成不便，我们这边补偿一次升舱。"),
    ("refuse_responsibility", "草坪压坏了你们会负责吗？", "会负责的，我们安排园艺师傅上门补种，费用由我们承担。"),
    ("do_it_yourself", "开球时间小程序上能查到吗？", "嗯对，小程序上能查，您要是不方便，我现在就把最近的空档读给您。"),
    ("do_it_yourself", "保证金规则在图录上有吗？", "有的，在最后一页，我也可以现在给您简单讲一遍。"),
    ("take_or_leave", "主厨只有这一位吗？", "嗯嗯，目前签约的主厨是这一位，如果口味不合适，我们可以请他专门调整菜单。"),
    ("take_or_leave", "航线是固定的吗？", "航线需要报批，是固定的，不过可以给您换一条能多看一段海岸线的航线。"),
    ("impatience", "我问得是不是有点多？", "嗯嗯，一点都不多，您想了解的我都仔细给您讲。"),
    ("impatience", "你们是不是很忙？", "再忙您的事也是最要紧的，您慢慢说。"),
    ("sarcasm", "古董柜修得跟新的一样，是不是反而不好？", "是的，古董讲究修旧如旧，保留原来的包浆更有价值。"),
    ("talking_down", "我是第一次参加拍卖，佣金这个我真不懂，能讲讲吗？", "好啊，佣金就是成交价之外另付的一部分服务费，我给您举个例子。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("我一年在你们这儿花多少钱你知道吗？就这个服务？", "您的支持我们一直记在心上，这件事我一定给您一个满意的结果。"),
    ("别跟我打官腔，叫你们经理来。", "理解您的心情，我先把情况记清楚，经理那边我马上为您协调。"),
    ("你们这些人就会说好听的。", "您的不满我完全理解，我这次拿出具体的办法给您。"),
    ("你再说一句废话我就挂了。", "明白，我直接说结论。"),
    ("这种小事还要我打三次电话，你们怎么做事的？", "让您多次来电是我们的失职，这件事由我负责跟到底。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "上个月秋拍我拍下的那幅山水，说好一周之内送到家，结果拖了三个礼拜才送来，拆开一看画框的角还裂了一道缝，我请了朋友来家里看画都没法挂。",
    "我周末请了八位客人在家里吃饭，订的是你们的私厨，主厨迟到了四十分钟，有两道菜还跟菜单上写的不一样，客人都看在眼里，我很没面子。",
    "我家别墅后院那个泳池，你们上礼拜刚来做完维护，这两天水又开始发绿，池壁上滑溜溜的，孩子们都不敢下去游了。",
    "昨天夜里下了大雪，我约的是早上七点之前把车道清出来，结果到八点半才来人，我八点有个重要的会，车根本开不出去。",
]
# long enough (12 字) that even the fastest agent of this set talks over the caller for >= 1.5 s
HO_INTERRUPT_AGENT = [
    "画框受损的事我们全权负责，我先为您安排修复师上门查看。",
    "主厨迟到的事我向您郑重道歉，这一次的服务费我们全额退还。",
    "水质反复的问题我来跟进，我先给您安排技师明天一早上门。",
    "耽误您开会非常抱歉，这一次的除雪费用我们给您全部免掉。",
]
HO_EARLY_AGENT = [
    "竞拍的流程我为您完整介绍一下，首先需要在拍卖会前三天办理竞买登记并缴纳保证金，然后领取号牌，拍卖当天可以现场举牌，也可以委托我们电话代为竞拍，成交后七个工作日内付清款项并提货。",
    "直升机观光的安排是这样的，您提前四十分钟到停机坪办理登机手续，工作人员会做安全讲解并称重配座，航程大约二十五分钟，途经海湾和老城区，天气不符合飞行条件的话我们会提前一天通知改期。",
    "香水定制的流程我给您详细说明，第一次到店由调香师和您面谈喜好，试闻三十多种基础香材，调出三个小样带回家试用一周，再根据您的反馈调整，最终成品大约需要三周时间。",
]
# callers cut in with these: long enough to keep >= 1.5 s of talking over the agent
HO_EARLY_CUST = ["行了行了，这些我都知道，你说重点。", "打断一下，我时间有限，直接说多少钱。",
                 "停一下，我只关心什么时候能办好。"]
HO_AFTER_INTERRUPT_CUST = ["你先听我说完行不行。", "我还没讲完。", "算了，你说吧。"]
HO_AFTER_EARLY_AGENT = ["好的，我直接说重点。", "明白，您请讲。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics)
HO_GENERIC_QA = [
    ("贵宾会员有专人对接吗？", "嗯对，每位贵宾会员都有一位专属顾问全程对接。"),
    ("可以开公司抬头的发票吗？", "嗯嗯，可以，服务结束后三个工作日内寄出。"),
    ("能安排车来接我吗？", "可以为您安排专车接送，提前一天告诉我们即可。"),
    ("付款能刷信用卡吗？", "各大银行的信用卡都可以，也支持对公转账。"),
    ("你们的会所在哪儿？", "在湖滨大道九十九号，地下有贵宾专用停车位。"),
    ("节假日也能预约吗？", "节假日照常服务，建议提前一周预约。"),
    ("临时取消会扣钱吗？", "提前四十八小时取消不扣费，之后收取百分之二十。"),
    ("会员积分可以抵现吗？", "一百积分可以抵一元，结算时直接扣除。"),
    ("刚才那一段能不能再说一遍？", "当然可以，我再为您慢慢讲一遍。"),
    ("老会员有没有折扣？", "满三年的老会员享受九折优惠。"),
    ("能不能今天就办？", "我尽力为您协调，今天下午给您确切答复。"),
    ("服务有没有质保？", "所有服务都有六十天的质保期。"),
    ("上门前会不会通知我？", "上门前一天会发短信确认，当天出发时再通知一次。"),
    ("能不能指定上次那位师傅？", "可以，我帮您备注上，按他的时间来排。"),
    ("明年会涨价吗？", "明年的价目表还没定，定了会第一时间告诉您。"),
    ("可以带家人一起吗？", "欢迎，家人同行还可以享受同样的贵宾待遇。"),
]
# Customers' long turns: demanding, well-off callers who grow brisk when annoyed.
HO_CUST_DETAIL = ["我先说清楚，我是你们的老会员了，这种事以前从来没遇到过。",
                  "我时间不多，长话短说，你们上次的服务让我很不满意。",
                  "我已经打过一次电话了，你们说会回电，到现在也没人理我。",
                  "我朋友都是在你们这儿办的，我才推荐了好几个人过来。",
                  "这件事我希望今天就有个说法，不然我直接找你们老板。",
                  "我现在在机场，说话不太方便，你尽量简单点。"]
HO_CUST_SEARCH = ["等一下，我让秘书把单子发过来。", "我看看邮箱里的确认函。"]
HO_CUST_FILLER_OPEN = ["嗯，", "呃，", "啊，", "呃，这个，", "嗯，怎么说呢，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["抱歉刚才没有记完整，烦请您再说一遍手机号码。"],
    "name": ["抱歉刚才没有记完整，烦请您再说一遍名字。"],
    "id": ["抱歉刚才没有记完整，烦请您再说一遍身份证后六位。"],
    "account": ["抱歉刚才没有记完整，烦请您再说一遍{acct_label}。"],
    "address": ["抱歉刚才没有记完整，烦请您再说一遍地址。"],
}
HO_SLOT_ANSWER = {
    "phone": "{phone_zh}。", "name": "{name}。", "id": "{id6_zh}。",
    "account": "{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["我刚才说过了，", "", "你记好，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["为您复述一下，手机{phone_zh}，您看对吗？"],
    "name": ["为您复述一下，{name}，您看对吗？"],
    "id": ["为您复述一下，身份证尾号{id6_zh}，您看对吗？"],
    "account": ["为您复述一下，{acct_label}{acct_zh}，您看对吗？"],
    "address": ["为您复述一下，{address}，您看对吗？"],
}
HO_READBACK_CUST = ["对。", "没错。", "嗯，对的。", "是的。"]
HO_NEW_ASK = {
    "phone": ("能让我秘书跟你们对接吗？", "嗯嗯，可以，烦请您留一个秘书的手机号码。", "{phone_zh}。", "好的，号码已经登记在您的档案里。"),
    "name": ("能用我太太的名义登记吗？", "可以，烦请告诉我您太太的全名。", "{name}。", "好的，已经为您改好。"),
    "address": ("能送到我公司去吗？", "嗯对，可以，烦请说一下公司的地址。", "{address}。", "好的，收货地址已经更新。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]),
                    ("account", ["卡号", "账号", "编号", "单号"]),
                    ("name", ["姓名", "名字", "全名", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["再说一遍", "烦请您留", "烦请告诉", "烦请说", "是多少", "请您提供", "麻烦说一下"]


# the slot an agent line asks for, or None (read-backs 「为您复述一下…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("为您复述一下",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so most
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).
HO_DOMAINS = {
    "auction": {
        "companies": [("雅集艺术品拍卖行", "雅集艺术品拍卖行")],
        "acct_label": "竞买号牌编号",
        "verify": [("麻烦说一下您的竞买号牌编号。", "{acct_zh}。", ["account"]),
                   ("竞买人的名字和手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["拍下的画送来画框裂了。", "拍品到现在还没送到。"],
             "result": ["为您安排修复师免费处理，{doctor}经理{due}亲自登门。"],
             "qa": [("修复会影响画的价值吗？", "嗯嗯，不会，只修画框，画心一点都不动。")]},
            {"open": ["想委托你们拍一件家里的瓷器。"],
             "result": ["可以先做初步鉴定，{doctor}专家{due}上门看货。"],
             "qa": [("鉴定要收费吗？", "嗯对，贵宾会员初次鉴定免费，之后按件收费。")]},
        ],
    },
    "golf": {
        "companies": [("翠峰高尔夫球会", "翠峰高尔夫球会")],
        "acct_label": "球会会籍卡号",
        "verify": [("请您提供一下球会会籍卡号。", "{acct_zh}。", ["account"]),
                   ("会员的名字和手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["周六的开球时间被别人占了。", "上次订的球童没有来。"],
             "result": ["给您保留周日上午的时段，{doctor}主管{due}前给您确认。"],
             "qa": [("能安排上次那位球童吗？", "嗯嗯，能，我已经给他留了您的场次。")]},
            {"open": ["想给公司办一个高尔夫邀请赛。"],
             "result": ["可以包场，{doctor}经理{due}前把方案和报价发您。"],
             "qa": [("包场能提供午宴吗？", "嗯对，会所餐厅可以承办，菜单可以定制。")]},
        ],
    },
    "privatechef": {
        "companies": [("御膳坊私厨上门服务", "御膳坊私厨上门服务")],
        "acct_label": "私厨预订单号",
        "verify": [("麻烦说一下您的私厨预订单号。", "{acct_zh}。", ["account"]),
                   ("预订人的名字和地址是？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["上周的家宴主厨迟到了。", "有两道菜跟菜单上不一样。"],
             "result": ["本次服务费全额退还，{doctor}主厨{due}亲自给您致歉。"],
             "qa": [("下次还是这位主厨吗？", "嗯嗯，您要是愿意可以换一位，我们尊重您的选择。")]},
            {"open": ["月底想办一场十二个人的生日宴。"],
             "result": ["月底那天还能排，{doctor}主厨{due}前跟您沟通菜单。"],
             "qa": [("能做素食的菜吗？", "嗯对，能做，素食菜单有专门的主厨负责。")]},
        ],
    },
    "heli": {
        "companies": [("云翼直升机观光公司", "云翼直升机观光公司")],
        "acct_label": "观光航班预订单号",
        "verify": [("请您提供一下观光航班预订单号。", "{acct_zh}。", ["account"]),
                   ("乘机人的名字和身份证后六位是？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["上次起飞晚了一个多小时。", "想把观光航班改到下周。"],
             "result": ["给您改到下周六，{doctor}机长{due}前跟您确认航线。"],
             "qa": [("改期要收手续费吗？", "嗯嗯，不收，第一次改期是免费的。")]},
            {"open": ["想给太太安排一次生日飞行。"],
             "result": ["可以安排日落航线，{doctor}经理{due}前把细节发给您。"],
             "qa": [("机上能布置鲜花吗？", "嗯对，可以，我们会在登机前布置好。")]},
        ],
    },
    "antique": {
        "companies": [("古韵堂古董家具修复工坊", "古韵堂古董家具修复工坊")],
        "acct_label": "修复委托编号",
        "verify": [("麻烦说一下您的修复委托编号。", "{acct_zh}。", ["account"]),
                   ("委托人的名字和地址是？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["修好的太师椅腿又松了。", "柜门上的铜活修完颜色不对。"],
             "result": ["免费重新加固，{doctor}师傅{due}上门取件。"],
             "qa": [("这次能修牢靠吗？", "嗯嗯，能，这次用传统榫卯重新做，不用胶水。")]},
            {"open": ["家里有张老书桌想做个评估。"],
             "result": ["可以上门评估，{doctor}师傅{due}过去看看年份和用料。"],
             "qa": [("评估完能出书面报告吗？", "嗯对，会出一份带照片的评估报告。")]},
        ],
    },
    "poolcare": {
        "companies": [("碧澜别墅泳池维护公司", "碧澜别墅泳池维护公司")],
        "acct_label": "泳池维护合同编号",
        "verify": [("请您提供一下泳池维护合同编号。", "{acct_zh}。", ["account"]),
                   ("业主的名字和手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["泳池刚维护完水又发绿了。", "池底的灯有一盏不亮了。"],
             "result": ["给您安排技师复检，{doctor}技师{due}上门处理。"],
             "qa": [("处理完当天能游吗？", "嗯嗯，能，加药以后等四个小时就可以下水。")]},
            {"open": ["想给泳池加装恒温系统。"],
             "result": ["恒温系统可以加装，{doctor}工程师{due}上门勘测。"],
             "qa": [("加装要停用很久吗？", "嗯对，大概要停三天，我们尽量安排在工作日。")]},
        ],
    },
    "perfume": {
        "companies": [("暗香阁香水定制工作室", "暗香阁香水定制工作室")],
        "acct_label": "定制香水订单号",
        "verify": [("麻烦说一下您的定制香水订单号。", "{acct_zh}。", ["account"]),
                   ("订购人的名字和手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["定制的香水留香时间太短了。", "成品跟小样的味道不太一样。"],
             "result": ["免费为您重新调配，{doctor}调香师{due}前约您到店。"],
             "qa": [("重新调要很久吗？", "嗯嗯，不会，原来的配方都在，一周就能好。")]},
            {"open": ["想给先生定一款结婚纪念日的香水。"],
             "result": ["可以做成对香，{doctor}调香师{due}前先跟您聊一次。"],
             "qa": [("瓶身能刻字吗？", "嗯对，能刻，中英文都可以。")]},
        ],
    },
    "snowclear": {
        "companies": [("瑞雪庄园扫雪除冰服务", "瑞雪庄园扫雪除冰服务")],
        "acct_label": "除雪服务合同编号",
        "verify": [("请您提供一下除雪服务合同编号。", "{acct_zh}。", ["account"]),
                   ("业主的名字和地址是？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["约好七点前清完车道，八点半才来人。", "铲雪车把草坪压坏了。"],
             "result": ["本次费用全免，{doctor}队长{due}前上门查看草坪。"],
             "qa": [("以后能优先给我家清吗？", "嗯嗯，能，我已经把您家排在第一顺位了。")]},
            {"open": ["想订一整个冬天的除雪服务。"],
             "result": ["包季服务可以签，{doctor}经理{due}前把合同发给您。"],
             "qa": [("屋顶的积雪也管吗？", "嗯对，包季服务含屋顶除雪，每场雪后上门一次。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["瞿", "慕", "庾", "辛", "仇", "扶", "雍", "敬", "归", "简", "海", "郏", "糜", "宰", "习", "竹"]
DOCTORS = SURNAMES           # the manager, the chef, the pilot, the restorer ... by surname
NAMES = ["瞿明轩", "慕婉清", "庾思远", "辛佳怡", "仇建华", "扶雅婷", "雍浩然", "敬诗涵", "归志强", "简若兰",
         "海天宇", "郏梦瑶"]
AREAS = ["御景山庄", "湖畔别墅", "紫金府", "半山一号", "云栖庄园", "香榭公馆"]
CITIES = ["三亚", "珠海", "舟山", "桂林", "威海", "大理", "丽江", "烟台"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["另外，我上个月的会员年费扣了两次，你们查一下。", "还有，我申请的那笔退款什么时候到？"]
HOLD2_AGENT = "款项我查到了，多扣的那笔已经原路退回，三个工作日内到账。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
