# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind24`` (dev only): the twenty-fourth blind evaluation set for issue 11.

Written by a twenty-fourth writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette),
without reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py and
blind10_text.py to blind23_text.py.  Eight business lines none of them had, in other registers: a
designated-driver (代驾) service (street-wise, brisk), a home-alarm monitoring centre (calm,
procedural), a roller-shutter door repair crew (blunt handyman), an emergency window-glass
replacement firm (safety first, reassuring), an ice rink (sporty, young), a ceramic-tile shop
(trade salesman), a tattoo studio (laid-back, artsy) and a recording studio (technical, musician's
slang).  The calls come in on the night shift: few and sleepy agents who answer slowly, anxious
callers with urgent problems who speak fast and cut in.  Other 工号 forms (通宵班, 夜值, 应急值班员,
守夜专线, 当值人员 ...), offers of help, closings, hold announcements and returns in other words,
服务禁语 in seven families, and hard negatives.

Two openings are unusual but acceptable: one first asks whether the caller and the family are safe
before anything else; one says that at this hour urgent matters are handled now and ordinary
questions get a call back in the morning, and asks which it is.

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

HO_DOMAINS_LIST = ["designateddriver", "homealarm", "shutter", "glazing", "icerink", "tiles", "tattoo",
                   "recording"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说", "那么"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number in a form no earlier writer used, an offer of help; all fit any centre.  Two
# are unusual but acceptable: the caller's safety asked first; urgent now, ordinary in the morning.
HO_GREETINGS = [
    "您好，{hotline}通宵班{agent_zh}号，深更半夜的您别慌，出什么事了？",
    "{tod}，{hotline}夜值{agent_zh}号小{agent_surname}，有什么要我马上办的？",
    "您好，{hotline}应急值班员{agent_zh}号，请问遇到什么急事了？",
    "您好，{hotline}守夜专线，当值人员编号{agent_zh}，您把情况告诉我就行。",
    "您好，{hotline}，通宵值守的{agent_zh}号，我先问一句，您和家里人现在都安全吗？安全的话您慢慢讲。",
    "{tod}，{hotline}，{agent_zh}号当值，这个钟点急事我现在就办，一般咨询我记下来明早回电，您是哪一种？",
    "您好，{hotline}深夜受理岗，{agent_zh}号在听，您请讲要帮什么忙。",
    "您好，这么晚还在为您守着的是{hotline}{agent_zh}号，有事您吩咐。",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["大半夜的，又咋了？", "喂，有话快讲，困着呢。", "谁啊，这么晚。", "讲吧，啥事。",
                    "喂喂？说事。", "半夜打来干吗？"]

# ---- closings
HO_CLOSING_ASK = ["今晚还有别的要我先记下的吗？", "趁我还在线，还有要问的没有？", "另外还有急着办的吗？",
                  "别的还需要我帮着盯的吗？"]
HO_CLOSING_CUST = ["没了没了。", "就这个，急死了。", "先这些吧。", "没有了，你们快点。", "暂时没有。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; one without 再见
# (thanks plus wishes), which is acceptable.
HO_CLOSING_BYE = {
    None: ["单子我交给早班接着跟，谢谢您这么晚打进来，再见。",
           "夜里有变化您随时再拨，谢谢您，再见。",
           "好的，感谢您的信任，祝您今晚睡个安稳觉。",
           "事情记下了，谢谢您配合，晚安，再见。",
           "那就这样安排，感谢您耐心说明，再见。"],
    "designateddriver": ["感谢您叫我们代驾，祝您一路平安到家，再见。"],
    "homealarm": ["谢谢您及时来电，祝您家里平平安安，再见。"],
    "shutter": ["感谢您找我们修门，祝您明早顺利开张，再见。"],
    "glazing": ["谢谢您的配合，祝您和家里人安然无恙，再见。"],
    "icerink": ["感谢您支持我们冰场，祝您滑得尽兴，再见。"],
    "tiles": ["谢谢您选我们家的砖，祝您装修顺顺当当，再见。"],
    "tattoo": ["感谢您信任我们工作室，祝您伤口早点长好，再见。"],
    "recording": ["谢谢您选我们录音棚，祝您的新歌大卖，再见。"],
}
HO_CLOSING_CUST_BYE = ["嗯，再见。", "好，晚安。", "行了，挂了啊。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["夜里就我一个，先这样吧。", "行，没事我撂了。", "明早再说。", "等早班的人找您。", "就这么着。",
                   "困了，改天聊。"]
HO_BAD_CLOSING_CUST = ["喂？人呢？", "这就挂了？我还没问完。", "半夜的服务就这样？", "连个准话都不给。"]

# ---- holds: announcements in other words (don't hang up, hold the receiver, stay on the line ...);
# thanks on return in other words; returns without thanks; none promises music (it is drawn per
# hold), and all fit any centre.
HO_HOLD_ANNOUNCE = ["夜里系统慢，我得调一调记录，您先别撂电话。",
                    "我呼一下值班师傅，听筒别放下，我尽快接您。",
                    "请您持机，我到值班表上看看今晚谁能出动。",
                    "我把白天的交接单翻出来，请不要挂断，我很快。",
                    "您先别挂，我这边叫醒负责人问问。",
                    "我用另一部机子打给仓管，您电话拿着别挂。",
                    "库存表我得从头找，您在线上稍候一两分钟。"]
ANNOUNCE_RE = "别撂电话|听筒别放|请您持机|不要挂断|先别挂|拿着别挂|线上稍候"
HO_HOLD_THANKS = ["谢谢您一直守着，值班师傅说马上出发。", "多谢您没走开，交接单上写着呢。",
                  "让您半夜干等了，负责人那边有准话了。", "感谢您等我，仓管回话了，货在。",
                  "辛苦您候着，值班表查好了。"]
HO_THANKS_WORDS = ["谢谢", "感谢", "多谢", "久等", "久候", "麻烦您", "辛苦", "抱歉", "不好意思", "劳驾", "有劳", "难为",
                   "让您等", "耽搁", "劳烦", "过意不去", "干等", "空等", "对不住", "对不起", "耐心", "多亏", "劳您",
                   "耽误", "占用", "耐着性子", "谢了", "谢啦", "候着", "等了", "承蒙", "费心", "烦请", "恳请", "没挂",
                   "等着", "等候", "辛劳", "包涵", "见谅", "体谅", "着急", "守着", "没走开", "等我"]
HO_RESUME_NO_THANKS = ["值班表看了，今晚有师傅能出车。", "交接单找到了，白天已经登记过。", "仓管说货还有，明早能发。",
                       "负责人同意了，今晚就派人。", "记录调出来了，是昨晚十一点多的事。"]
HO_UNANNOUNCED_PRE = ["我翻翻交接单。", "我看看值班表。", "我查查库存表。", None, None]
# words a return without thanks, or the line before an unannounced hold, must not have
NOT_ANNOUNCING = ["等", "稍", "挂", "候", "线上", "在线", "别收", "收线", "搁", "音乐", "提示音", "片刻", "马上", "一会儿",
                  "一下", "别走", "静音", "安勿躁", "回来", "断", "旋律", "握着", "安静", "结束通话", "离开", "听筒",
                  "保留", "没声音", "端着", "放下", "线路", "电话", "别放", "拿着", "小曲", "撂", "多待", "保持",
                  "走开", "接回", "不挂", "通话", "一阵", "暂停", "挂机", "掉线", "座位", "一分钟", "话筒", "去去就",
                  "很快", "内线", "接到", "持机", "拿稳", "中断", "听不到", "守在", "转入", "恢复", "座席", "请示", "维持",
                  "两分钟", "半分钟", "请勿", "尽快", "不会太久", "不会长", "这就", "核实", "呼", "叫醒", "问问", "机子",
                  "打给"]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic).  Two are hard
# negatives: a look-alike of a hold announcement (the agent knows it by heart; no hold follows)
# and a look-alike of a closing (a thank-you in mid-call, then on to the matter).
HO_ACK_AGENT = ["是啊，这个点出事谁都慌，您接着说。", "好啊，那就按您说的来办。",
                "今晚谁值班我记得清楚，不用翻表，您放心。", "谢谢您说得这么细，我都记上了，接着讲。"]
HO_ACK_CUST = ["好好。", "明白。", "嗯，行。", "那行。", "好吧好吧。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["嗯。", "哦。", "好。", "记着。", "在听。", "明白。"]
HO_CUST_BC = ["嗯嗯。", "哦哦。", "是吗。", "好好。", "对。", "啊对。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "代驾司机把我车门刮了。", "您自己喝成那样，谁知道是不是之前就刮的。", "您自己喝成那样"),
    ("blame_customer", "报警器半夜又乱响了。", "您家猫满屋跑，能不响吗，白叫人跑一趟。", "您家猫满屋跑"),
    ("blame_customer", "刚铺的瓷砖空鼓了。", "砖没问题，是您找的师傅手艺潮。", "您找的师傅手艺潮"),
    ("refuse_responsibility", "卷帘门卡住了关不上。", "电机是厂家的货，我们就管装不管修。", "我们就管装不管修"),
    ("refuse_responsibility", "玻璃换好第二天就裂了。", "裂了那是玻璃厂的事，您找不着我们头上。", "您找不着我们头上"),
    ("refuse_responsibility", "纹身的地方红肿发炎了。", "出了店门怎么护理就不归我们管了。", "出了店门怎么护理"),
    ("do_it_yourself", "冰场夜场几点关门？", "门口牌子上写得清清楚楚，抬头就看见了。", "抬头就看见了"),
    ("do_it_yourself", "录音棚按小时怎么收费？", "价目表群里天天发，往上翻翻就有。", "价目表群里天天发"),
    ("do_it_yourself", "报警主机怎么撤防？", "说明书里第三页就是，您照着按一遍。", "说明书里第三页就是"),
    ("take_or_leave", "代驾费能不能便宜点？", "夜里就这个价，嫌贵您自己开回去。", "嫌贵您自己开回去"),
    ("take_or_leave", "瓷砖的颜色能换吗？", "订了就不换，要么收货要么认赔。", "要么收货要么认赔"),
    ("take_or_leave", "录音棚能约到明天白天吗？", "白天排满了，就剩半夜两点，不来拉倒。", "不来拉倒"),
    ("impatience", "卷帘门的遥控器怎么配你再说说？", "都几点了还问个没完，我也要歇会儿。", "都几点了还问个没完"),
    ("impatience", "玻璃师傅到底什么时候能到？", "催催催，催也没用，到了自然给您打。", "催也没用"),
    ("impatience", "纹身补色要隔多久你再讲一次？", "一样的话我不说第三遍，您拿笔记着。", "我不说第三遍"),
    ("sarcasm", "冰场能不能包场让我求婚？", "求婚还挑冰上，摔一跤那才叫难忘。", "摔一跤那才叫难忘"),
    ("sarcasm", "纹身能保证一点都不疼吗？", "不疼的那叫贴纸，您去小卖部买。", "不疼的那叫贴纸"),
    ("sarcasm", "录一首歌能保证上热门吗？", "能保证上热门我早自己唱去了。", "我早自己唱去了"),
    ("talking_down", "卷帘门为什么不能自己拆？", "连弹簧有多大劲都不知道，就敢上手拆。", "就敢上手拆"),
    ("talking_down", "冰鞋的码数跟平时穿的一样吗？", "这都不懂，一看就是头回上冰的。", "一看就是头回上冰的"),
    ("talking_down", "瓷砖为什么要留缝？", "干装修的都知道，就您不知道。", "就您不知道"),
]
HO_FORBIDDEN_REACT = ["你这是什么态度，半夜就能这样说话？", "把你工号报给我，明天我就投诉。", "我花钱还要受你的气？",
                      "叫你们值班领导来听电话。"]
# Agent hard negatives: taboo-ish words in acceptable service language; five answer the yes-no
# question with 嗯对 / 嗯嗯 (look-alikes are reached far more surely than small talk).
HO_LOOKALIKES = [
    ("blame_customer", "车门那道印子是不是本来就有的？", "现在还说不准，我们调行车记录仪看，看清楚了再给您答复。"),
    ("blame_customer", "报警器乱响会不会是我家猫碰的？", "嗯对，宠物有时候会触发，我们可以帮您把探头调成防宠物模式。"),
    ("refuse_responsibility", "玻璃裂了你们管不管？", "嗯嗯，管的，质保期内免费换新。"),
    ("refuse_responsibility", "纹身发炎了算不算你们的事？", "算的，您明天来店里，我们先带您去看皮肤科，费用我们出。"),
    ("do_it_yourself", "冰场关门时间我去门口看牌子就行吧？", "嗯对，牌子上有，我也直接告诉您，夜场到十一点半。"),
    ("do_it_yourself", "说明书上写的撤防步骤我照着做就行吗？", "可以，我现在也陪着您一步一步操作。"),
    ("take_or_leave", "夜里代驾的价格是固定的吗？", "嗯嗯，起步价固定，超过十公里每公里另算。"),
    ("impatience", "这么晚还问这么多，不烦你吧？", "不烦，夜里本来就是给您这种急事留的。"),
    ("impatience", "我说得太快了，你跟上没有？", "都记下了，我给您念一遍。"),
    ("sarcasm", "冰上求婚是不是太夸张了？", "不夸张，好多人在我们这儿求婚，灯光音乐都能配合。"),
    ("talking_down", "我第一次纹身，问这些是不是很傻？", "嗯对，第一次都会问，问清楚了才放心。"),
    ("talking_down", "瓷砖留缝这种事我是真不懂，你给讲讲？", "好啊，热胀冷缩要留余地，我给您细讲。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("大半夜的打了五遍才接，你们人都睡死了？", "夜里线上人少，让您一遍遍打，实在抱歉，我现在就给您处理。"),
    ("你们这种小公司，出了事就知道躲。", "我们不躲，您的事我今晚登记、明早一上班就有人跟。"),
    ("你听得懂人话吗，我说的是门卡住了！", "听明白了，门卡在半中间落不下来，我马上派人。"),
    ("再不来人我就报警了。", "您有危险随时可以报警，我这边也同时给您派人过去。"),
    ("快点快点，我手机快没电了。", "好的，我先记您的位置，三句话说完。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我叫的代驾把车开到小区门口就走了，车没停进车位，钥匙还在他身上，我现在站在路边，酒喝得头晕，电话也打不通他。",
    "家里报警器刚才响了一阵，手机上显示客厅门窗被打开，可我人在外地出差，家里只有老人，他说什么也没听见。",
    "店里的卷帘门拉到一半就卡死了，上不去也下不来，里面全是货，我一个人守在门口，明天一早还得开门营业。",
    "阳台的大玻璃刚才被风刮裂了，一道缝从上到下，风呼呼往里灌，孩子吓得不敢睡，我怕它整块掉下去砸到人。",
]
# long enough (12 字) that even the fastest agent of this set talks over the caller for >= 1.5 s
HO_INTERRUPT_AGENT = [
    "您先站到路边亮的地方，我马上安排附近的司机过去。",
    "老人先别去客厅，我这边马上调监控并通知巡逻队。",
    "您先别硬拽那扇门，我马上让值班师傅带工具过去。",
    "您先带孩子离开阳台，我马上派人过去贴防护膜。",
]
HO_EARLY_AGENT = [
    "冰场夜场是这样安排的，八点半入场，先在更衣区换冰鞋，九点整浇完冰开滑，中间十点有一次十分钟的清冰，十一点半最后离场，头盔和护具前台都能免费借。",
    "瓷砖从下单到铺好大概是这么几步，先按图纸算面积，多备百分之五的损耗，仓库配好货以后约时间送到楼下，送货师傅只卸到一楼，上楼和铺贴要另外约瓦工。",
    "录音棚的流程一般是这样，先把伴奏和歌词发给录音师，进棚以后先试音调耳机，正式录的时候一句一句来，录完当场粗混一版给您听，满意了再约精修和母带。",
]
# callers cut in with these: long enough to keep >= 1.5 s of talking over the agent
HO_EARLY_CUST = ["等等等等，这些回头再说，我现在急用。", "你先停一下，我要问的不是流程的事。",
                 "不好意思打断一下，我就想知道今晚能不能弄。"]
HO_AFTER_INTERRUPT_CUST = ["你让我把话讲完行不行。", "我还没说到要紧的地方。", "那你先讲吧。"]
HO_AFTER_EARLY_AGENT = ["抢了您的话，您接着说。", "不好意思，您讲您的。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics)
HO_GENERIC_QA = [
    ("夜里你们有几个人值班？", "今晚值班的一共三个人。"),
    ("夜间上门要加钱吗？", "嗯对，晚上十点以后加收五十元夜间费。"),
    ("能用微信付吗？", "嗯嗯，微信支付宝都收。"),
    ("明天白天还能再打这个号吗？", "白天晚上都是这个号，二十四小时有人。"),
    ("能给我发个短信确认吗？", "好啊，挂了以后两分钟内就发。"),
    ("你们离我这儿远不远？", "最近的网点开车二十来分钟。"),
    ("周末也营业吗？", "周末照常，节假日也不休。"),
    ("有没有老客户优惠？", "老客户报手机尾号能打九折。"),
    ("可以开专票吗？", "专票普票都能开，明天白天出。"),
    ("能约明早最早的时间吗？", "明早最早七点半，我先给您占上。"),
    ("要不要先付定金？", "夜间急单不收定金，完工再结。"),
    ("我能在群里找你们吗？", "是啊，群里白天有专人回复。"),
    ("你们的师傅都有证吗？", "上岗的师傅都持证，可以当面给您看。"),
    ("出了问题保修多久？", "一般保修一年，具体看单子上写的。"),
    ("夜里来的人我怎么认得出？", "师傅穿工装，到之前会先报工牌给您。"),
    ("我这情况危险吗？", "先别靠近出事的地方，人安全最要紧。"),
]
# Customers' long turns: anxious callers at night with urgent problems.
HO_CUST_DETAIL = ["我跟你说，这事拖不到天亮，我明天一早就要用，今晚必须得有人管。",
                  "我刚才打了好几个电话都没人接，你是第一个接起来的，你一定得帮帮我。",
                  "家里就我和孩子两个人，大半夜的我也不知道找谁，心里特别慌。",
                  "白天我打过一次，说晚上会有人联系，到现在都十一点了还没动静。",
                  "我现在人在外面，手机就剩一点电，你听我快点说清楚。"]
HO_CUST_SEARCH = ["等会儿，我找找付款截图。", "我翻翻手机里的订单。"]
HO_CUST_FILLER_OPEN = ["嗯，", "呃，", "啊，", "呃，就那个，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["刚才信号断续，手机号码您再报一遍。"],
    "name": ["刚才信号断续，您的名字您再报一遍。"],
    "id": ["刚才信号断续，身份证后六位您再报一遍。"],
    "account": ["刚才信号断续，{acct_label}您再报一遍。"],
    "address": ["刚才信号断续，您的地址您再报一遍。"],
}
HO_SLOT_ANSWER = {
    "phone": "{phone_zh}。", "name": "{name}。", "id": "{id6_zh}。",
    "account": "{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["刚报过了，", "", "好吧，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["跟您对一遍，手机{phone_zh}，是这个吧？"],
    "name": ["跟您对一遍，{name}，是这个吧？"],
    "id": ["跟您对一遍，身份证尾号{id6_zh}，是这个吧？"],
    "account": ["跟您对一遍，{acct_label}{acct_zh}，是这个吧？"],
    "address": ["跟您对一遍，{address}，是这个吧？"],
}
HO_READBACK_CUST = ["是这个。", "对，没错。", "嗯，是的。", "对对对。"]
HO_NEW_ASK = {
    "phone": ("师傅到了能先打我电话吗？", "嗯嗯，能，他到了打哪个手机号码？", "{phone_zh}。", "好，号码给师傅了。"),
    "name": ("单子上写谁的名字？", "写您本人的，请问您的全名？", "{name}。", "好，名字登上了。"),
    "address": ("今晚就能派人来吗？", "嗯对，能派，上门地址是？", "{address}。", "好，地址登上了。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]),
                    ("account", ["卡号", "账号", "编号", "单号"]),
                    ("name", ["姓名", "名字", "全名", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["再报", "报一遍", "报一下", "说一下", "是多少", "提供", "留一个", "重复一下", "再讲一遍"]


# the slot an agent line asks for, or None (read-backs 「跟您对一遍…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("跟您对一遍",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so most
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).
HO_DOMAINS = {
    "designateddriver": {
        "companies": [("夜归人代驾服务中心", "夜归人代驾服务中心")],
        "acct_label": "代驾行程单号",
        "verify": [("代驾行程单号是多少？", "{acct_zh}。", ["account"]),
                   ("车主名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["代驾司机把我车门刮了。", "司机开完车门上多了一道印子。"],
             "result": ["先给您登记定损，{doctor}主管{due}约您看车，维修走我们的保险。"],
             "qa": [("修车的钱要我先垫吗？", "嗯嗯，不用您垫，保险直接跟修理厂结。")]},
            {"open": ["喝了酒叫不到代驾。", "等了半小时没有司机接单。"],
             "result": ["我给您加急派单，附近的司机二十分钟内到，{doctor}主管{due}回访。"],
             "qa": [("能开到邻市去吗？", "嗯对，能去，返程费按公里另算。")]},
        ],
    },
    "homealarm": {
        "companies": [("守望者家庭安防报警中心", "守望者家庭安防报警中心")],
        "acct_label": "报警主机编号",
        "verify": [("报警主机编号是多少？", "{acct_zh}。", ["account"]),
                   ("登记的户主名字和地址？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["报警器半夜一直响。", "手机上显示客厅门窗被打开。"],
             "result": ["监控里没看到有人，巡逻队已经去您家楼下，{doctor}工程师{due}上门检修探头。"],
             "qa": [("我现在能回家吗？", "嗯嗯，巡逻队确认安全了会给您打电话，再进门。")]},
            {"open": ["想给老人家装个紧急呼叫按钮。"],
             "result": ["可以加装在床头和卫生间，{doctor}工程师{due}上门安装调试。"],
             "qa": [("老人按了以后谁来管？", "嗯对，中心二十四小时有人接，会同时通知您。")]},
        ],
    },
    "shutter": {
        "companies": [("铁卫卷帘门维修服务部", "铁卫卷帘门维修服务部")],
        "acct_label": "卷帘门维修单号",
        "verify": [("卷帘门维修单号是多少？", "{acct_zh}。", ["account"]),
                   ("店主名字和地址？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["店里卷帘门卡在半中间。", "卷帘门关到一半不动了。"],
             "result": ["今晚先派人帮您手动落下锁好，{doctor}师傅{due}带电机配件来彻底修。"],
             "qa": [("今晚的货会不会不安全？", "嗯嗯，门落下来锁上就安全了，师傅走前帮您检查。")]},
            {"open": ["想把手拉的卷帘门改成电动的。"],
             "result": ["改电动要换电机和导轨，{doctor}师傅{due}上门量尺寸报价。"],
             "qa": [("改完能用手机开门吗？", "嗯对，装个控制盒就能用手机开。")]},
        ],
    },
    "glazing": {
        "companies": [("明净门窗玻璃应急更换中心", "明净门窗玻璃应急更换中心")],
        "acct_label": "玻璃更换工单号",
        "verify": [("玻璃更换工单号是多少？", "{acct_zh}。", ["account"]),
                   ("业主名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["阳台玻璃被风刮裂了。", "窗户玻璃裂了一道大缝。"],
             "result": ["今晚先派人贴防爆膜临时加固，{doctor}师傅{due}按尺寸装新玻璃。"],
             "qa": [("今晚屋里还能住人吗？", "嗯嗯，离那扇窗远一点，贴好膜就没事。")]},
            {"open": ["想把单层玻璃换成隔音的中空玻璃。"],
             "result": ["中空玻璃要现做，{doctor}师傅{due}前上门量尺寸。"],
             "qa": [("换了真的能隔音吗？", "嗯对，临街的房子效果很明显。")]},
        ],
    },
    "icerink": {
        "companies": [("极光真冰滑冰场", "极光真冰滑冰场")],
        "acct_label": "冰场储值卡号",
        "verify": [("冰场储值卡号是多少？", "{acct_zh}。", ["account"]),
                   ("办卡人名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["孩子在夜场摔了一跤手腕肿了。", "刚才在冰上被人撞倒了。"],
             "result": ["先去医院拍片，票据留好，{doctor}教练{due}跟您对接场馆保险理赔。"],
             "qa": [("场馆的保险能报吗？", "嗯嗯，门票里含意外险，带着病历就能报。")]},
            {"open": ["想给孩子报个寒假速滑班。"],
             "result": ["寒假班还有名额，{doctor}教练{due}安排孩子先上一节体验课。"],
             "qa": [("要自己买冰鞋吗？", "嗯对，体验课可以借，正式上课建议自己配一双。")]},
        ],
    },
    "tiles": {
        "companies": [("宏瓷陶瓷砖专卖店", "宏瓷陶瓷砖专卖店")],
        "acct_label": "瓷砖提货单号",
        "verify": [("瓷砖提货单号是多少？", "{acct_zh}。", ["account"]),
                   ("收货人名字和地址？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["送来的砖跟样板颜色差很多。", "到货的瓷砖有好几箱色号不一样。"],
             "result": ["不同批次有色差，我们给您换同一批号的，{doctor}经理{due}安排送货换箱。"],
             "qa": [("已经铺了的要拆吗？", "嗯嗯，铺了的先别动，等经理到现场看了再定。")]},
            {"open": ["卫生间想换防滑地砖。"],
             "result": ["防滑砖有三个系列，{doctor}经理{due}带样板上门给您挑。"],
             "qa": [("防滑砖好打理吗？", "嗯对，哑光面的拖一拖就干净。")]},
        ],
    },
    "tattoo": {
        "companies": [("墨痕纹身艺术工作室", "墨痕纹身艺术工作室")],
        "acct_label": "纹身预约编号",
        "verify": [("纹身预约编号是多少？", "{acct_zh}。", ["account"]),
                   ("预约人名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["新纹的地方又红又肿。", "纹身那块皮肤一直在渗水。"],
             "result": ["先冷敷别抓，明天来店里看，{doctor}老师{due}前帮您复查。"],
             "qa": [("能用酒精擦吗？", "嗯嗯，别用酒精，用生理盐水轻轻沾一下就行。")]},
            {"open": ["想遮盖一个以前的旧纹身。"],
             "result": ["遮盖要先设计图案，{doctor}老师{due}前把草图发给您看。"],
             "qa": [("深色的能盖住吗？", "嗯对，能盖，图案要比原来大一圈。")]},
        ],
    },
    "recording": {
        "companies": [("声纹录音棚", "声纹录音棚")],
        "acct_label": "录音棚订档编号",
        "verify": [("录音棚订档编号是多少？", "{acct_zh}。", ["account"]),
                   ("订档人名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["昨晚录的干声文件打不开。", "你们发来的音轨少了两轨。"],
             "result": ["工程文件我们都有备份，{doctor}录音师{due}前重新导出发给您。"],
             "qa": [("重新导要收钱吗？", "嗯嗯，不收，是我们导出的时候漏了。")]},
            {"open": ["乐队想通宵包棚录一张专辑。"],
             "result": ["通宵包棚按十小时算，{doctor}录音师{due}前跟您确认编制和话筒。"],
             "qa": [("鼓能自己带吗？", "嗯对，能带，棚里的鼓也可以免费用。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["闫", "薄", "帅", "邸", "臧", "綦", "漆", "储", "厉", "靖", "缑", "暨", "笪", "郇", "才", "宦"]
DOCTORS = SURNAMES           # the master, the engineer, the coach, the manager ... by surname
NAMES = ["闫振华", "薄丽娟", "帅海峰", "邸静怡", "臧明杰", "綦晓燕", "漆国栋", "储佳琪", "厉卫东", "靖婷婷",
         "缑建平", "暨思远"]
AREAS = ["银杏苑", "北关新村", "河西花园", "长乐路", "钟楼巷", "柳岸小区"]
CITIES = ["洛阳", "开封", "新乡", "许昌", "南阳", "信阳", "商丘", "周口"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["还有，白天交的押金退了没有？", "另外，我上周反映的事有结果了吗？"]
HOLD2_AGENT = "您白天交的押金系统里显示已经退回原账户，一般明天到账。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
