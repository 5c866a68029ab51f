# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind21`` (dev only): the twenty-first blind evaluation set for issue 11.

Written by a twenty-first writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette),
without reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py and
blind10_text.py to blind20_text.py.  Eight business lines none of them had, in other registers: a
bicycle-courier company (brisk, street-smart), a drone-photography studio (techy, safety-minded), a
range-hood and flue cleaner (homely, practical), a stamp-and-coin collectors' shop (connoisseur,
a little bookish), a picture-framing shop (soft-spoken, artsy), an indoor climbing gym (sporty,
upbeat), a knife-sharpening workshop (plain old-master talk) and a wine-storage cellar (polished,
sommelier-like).  The calls come in over a busy lunchtime: brisk agents who keep their sentences
short, callers who talk in long run-on turns and often start before the agent has finished, a
noisy office behind the agent.  Other 工号 forms (午班, 坐席代码, 工作编码, 值班台, 话务席 ...), offers of
help, closings, hold announcements and returns in other words, 服务禁语 in seven families, and hard
negatives.

Two openings are unusual but acceptable: one admits at once that the line is busy at lunchtime and
thanks the caller for getting through; one asks first whether the caller is calling about an
existing order or a new one.

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

HO_DOMAINS_LIST = ["bikecourier", "drone", "hoodclean", "stamps", "framing", "climbing", "knives", "winecellar"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说", "那么"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number in a form no earlier writer used, an offer of help; all fit any centre.  Two
# are unusual but acceptable: the busy lunchtime line admitted at once; existing order or new one.
HO_GREETINGS = [
    "您好，{hotline}，午班客服{agent_zh}号，您说。",
    "{tod}，这里是{hotline}，坐席代码{agent_zh}，有事您直接讲。",
    "您好，{hotline}，我是{agent_zh}号小{agent_surname}，您要办点什么？",
    "您好，{hotline}工作编码{agent_zh}为您接听，请讲您的需求。",
    "您好，{hotline}，中午线路有点忙，谢谢您耐心打进来，我是{agent_zh}号，您请讲。",
    "您好，{hotline}，{agent_zh}号接听，请问您是问已有的订单，还是要下新单？",
    "{tod}，{hotline}值班台{agent_zh}号，需要帮忙您尽管开口。",
    "您好呀，{hotline}话务席{agent_zh}号，今天想办的事跟我说就行。",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["正吃饭呢，啥事？", "说吧说吧。", "喂，快点讲。", "找谁？", "午休时间，长话短说。", "又是哪个？"]

# ---- closings
HO_CLOSING_ASK = ["还有别的要我处理的吗？", "其他的您还想问点什么？", "今天的事都说清了吗？", "还有哪里需要我跟进？"]
HO_CLOSING_CUST = ["没了。", "都清楚了。", "嗯，就这些。", "没别的了。", "行，够了。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; one without 再见
# (thanks plus wishes), which is acceptable.
HO_CLOSING_BYE = {
    None: ["好嘞，谢谢您的来电，再见。",
           "谢谢您中午抽空打来，祝您用餐愉快。",
           "那就这么定了，感谢您，再见。",
           "事情我都记好了，谢谢您的支持，再见。",
           "有变化我第一时间联系您，感谢来电，再见。"],
    "bikecourier": ["谢谢您选我们送件，祝您一路顺风顺水，再见。"],
    "drone": ["感谢您的预约，祝您拍出满意的大片，再见。"],
    "hoodclean": ["谢谢您信得过我们，祝您家里灶台清清爽爽，再见。"],
    "stamps": ["感谢您的光顾，祝您藏品越集越全，再见。"],
    "framing": ["谢谢您把画交给我们装裱，祝您挂出来满意，再见。"],
    "climbing": ["感谢您来电，祝您每条线路都顺利登顶，再见。"],
    "knives": ["谢谢您照顾老店生意，祝您刀快活顺，再见。"],
    "winecellar": ["感谢您的信任，祝您的酒越存越香，再见。"],
}
HO_CLOSING_CUST_BYE = ["好，谢了，再见。", "行，拜拜。", "好的，挂了啊。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["行了，就这。", "我这边忙，先挂。", "剩下的等通知。", "好，完事了。", "该说的都说了。", "下一个。"]
HO_BAD_CLOSING_CUST = ["喂？挂了？", "这么着急？", "哎，我还没问完。", "真是的。"]

# ---- holds: announcements in other words (don't hang up while I ask the back office, keep the
# line open, the line stays connected, hold on the line, I'll be back in half a minute ...);
# thanks on return in other words; returns without thanks; none promises music (it is drawn per
# hold), and all fit any centre (heldout draws them apart from the call's domain).
HO_HOLD_ANNOUNCE = ["我去后台问一声，您先别挂机，半分钟左右。",
                    "我翻一下系统记录，电话先别放下，很快回来。",
                    "这个我得问问组长，麻烦您在线上稍等一会儿。",
                    "我现在去仓库那边确认，线路保持接通，您稍候。",
                    "请您先拿着电话别挂，我把单子调出来。",
                    "我切出去核对一下，这边先把您放在等待中，请别挂断。",
                    "中午系统慢，我查询需要点时间，请您稍等不要挂机。"]
ANNOUNCE_RE = "别挂机|别放下|在线上稍等|保持接通|拿着电话别挂|等待中|不要挂机"
HO_HOLD_THANKS = ["谢谢您等着，后台回话了。", "让您等了一会儿，记录找到了。",
                  "感谢您没挂，组长同意了。", "久等了啊，仓库那边确认好了。",
                  "不好意思耽误您，单子调出来了。"]
HO_THANKS_WORDS = ["谢谢", "感谢", "多谢", "久等", "久候", "麻烦您", "辛苦", "抱歉", "不好意思", "劳驾", "有劳", "难为",
                   "让您等", "耽搁", "劳烦", "过意不去", "干等", "空等", "对不住", "耐心", "多亏", "劳您", "耽误", "占用",
                   "耐着性子", "谢了", "谢啦", "候着", "等了", "承蒙", "费心", "烦请", "恳请", "没挂", "等着"]
HO_RESUME_NO_THANKS = ["后台回话了，可以办。", "记录找到了，是周三下的单。", "组长同意了，按您说的来。",
                       "仓库那边确认好了，货在。", "单子调出来了，我跟您对一对。"]
HO_UNANNOUNCED_PRE = ["行，我查查看。", "我翻翻今天的派单。", "我看看排期表。", None, None]
# words a return without thanks, or the line before an unannounced hold, must not have
NOT_ANNOUNCING = ["等", "稍", "挂", "候", "线上", "在线", "别收", "搁", "音乐", "提示音", "片刻", "马上", "一会儿",
                  "一下", "别走", "静音", "安勿躁", "回来", "断", "旋律", "握着", "安静", "结束通话", "离开", "听筒",
                  "保留", "没声音", "端着", "放下", "线路", "电话", "别放", "拿着", "小曲", "撂", "多待", "保持",
                  "走开", "接回", "不挂", "通话", "一阵", "暂停", "挂机", "掉线", "座位", "一分钟", "话筒", "去去就来",
                  "很快", "内线", "接到", "持机", "拿稳", "中断", "听不到", "守在", "转入", "恢复", "座席", "请示", "维持",
                  "两分钟", "半分钟", "切出去", "接通", "后台问", "问一声", "问问组长", "去仓库"]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic).  Two are hard
# negatives: a look-alike of a hold announcement (the answer is already on screen: no hold
# follows) and a look-alike of a closing (a thank-you in mid-call, then on to the matter).
HO_ACK_AGENT = ["是啊，中午打进来的人多，您说的我都记着。", "好啊，就照您说的来。",
                "不用您等，系统里已经跳出来了。", "谢谢您说得这么细，咱们接着往下办。"]
HO_ACK_CUST = ["好的。", "懂了。", "成。", "嗯，行。", "了解。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["嗯嗯。", "哎。", "对。", "明白。", "在听。", "好。", "您说。"]
HO_CUST_BC = ["嗯嗯。", "哦哦。", "对对。", "好嘞。", "是的。", "噢。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "快递员把我的文件送错楼了。", "地址是您自己填得乱七八糟，送错了能怪谁。", "填得乱七八糟"),
    ("blame_customer", "油烟机洗完以后有异响。", "八成是您自己装回去的时候没卡好，我们洗的没毛病。", "自己装回去的时候没卡好"),
    ("blame_customer", "裱好的画框玻璃裂了。", "您搬的时候磕了吧，拿回去好好的还能自己裂？", "拿回去好好的还能自己裂"),
    ("refuse_responsibility", "无人机航拍的素材丢了一段。", "素材丢了找剪辑那边，跟我们飞手不相干。", "跟我们飞手不相干"),
    ("refuse_responsibility", "寄存的酒标签发霉了。", "发霉是酒庄包装的问题，您找酒庄去，我们只管放。", "我们只管放"),
    ("refuse_responsibility", "磨完的刀刃崩了个口。", "刀是您自己的，钢口不好崩了，这账算不到我们头上。", "这账算不到我们头上"),
    ("do_it_yourself", "攀岩馆的新手课几点开？", "墙上贴着课表呢，您自个儿去看。", "您自个儿去看"),
    ("do_it_yourself", "这枚银元怎么看真假？", "网上一搜一大把，您自己研究去吧。", "自己研究去吧"),
    ("do_it_yourself", "急送的运费怎么算？", "小程序里有计价器，自己点点就出来了。", "自己点点就出来了"),
    ("take_or_leave", "航拍能不能便宜一点？", "一口价，爱拍不拍。", "爱拍不拍"),
    ("take_or_leave", "磨刀能不能当天取？", "排到哪天算哪天，等不及就换一家磨。", "等不及就换一家磨"),
    ("take_or_leave", "寄存费能不能按月付？", "只收年费，接受不了您就把酒拉走。", "接受不了您就把酒拉走"),
    ("impatience", "邮票的品相等级能再讲讲吗？", "我中午饭还没吃呢，您能不能挑重点说。", "中午饭还没吃呢"),
    ("impatience", "攀岩鞋尺码怎么选你再说一遍？", "说了三回了，您记个笔记行不行。", "您记个笔记行不行"),
    ("impatience", "急送现在还能加一单吗？", "您赶紧说要不要，后面一堆人排着呢。", "后面一堆人排着呢"),
    ("sarcasm", "油烟机能洗得跟新的一样吗？", "跟新的一样？那您不如直接换台新的。", "不如直接换台新的"),
    ("sarcasm", "这套邮票能不能卖出大价钱？", "您这要是值大钱，我早就退休了。", "我早就退休了"),
    ("sarcasm", "航拍能把我家拍得像别墅吗？", "拍成别墅？无人机又不是魔术棒。", "无人机又不是魔术棒"),
    ("talking_down", "装裱用的卡纸有什么讲究？", "卡纸都分不清，跟您讲也白讲。", "跟您讲也白讲"),
    ("talking_down", "攀岩的保护绳是怎么回事？", "保护绳都不懂就别来爬了，外行一个。", "外行一个"),
    ("talking_down", "葡萄酒为什么要恒温存？", "这是最基本的常识，小孩都知道。", "小孩都知道"),
]
HO_FORBIDDEN_REACT = ["你这话是对顾客说的吗？", "我非投诉你不可。", "你叫什么名字，我记下了。", "你们经理电话给我。"]
# Agent hard negatives: taboo-ish words in acceptable service language; six answer the yes-no
# question with 嗯对 / 嗯嗯 (look-alikes are reached far more surely than small talk).
HO_LOOKALIKES = [
    ("blame_customer", "是不是我地址写错了才送错的？", "嗯嗯，地址里少了楼栋号，不过送前应该先跟您确认，这次我们重新派件。"),
    ("blame_customer", "画框裂了会不会是我搬的时候磕的？", "现在不好说，您拍张照片过来，师傅看了再定责任，您先别着急。"),
    ("refuse_responsibility", "素材丢了归你们管吗？", "嗯对，拍摄素材归我们负责，我马上请剪辑同事找备份。"),
    ("refuse_responsibility", "刀刃崩口你们负责吗？", "嗯嗯，是我们磨的就由我们负责，免费给您重新开刃。"),
    ("do_it_yourself", "课表我自己上小程序看就行吧？", "嗯对，小程序里有，我也顺手把本周课表发您。"),
    ("do_it_yourself", "银元真假我能自己先看看吗？", "可以先看重量和边齿，最稳妥还是拿来让师傅上手鉴定。"),
    ("take_or_leave", "航拍价格是固定的吗？", "基础套餐价格固定，工作日拍摄可以再减一百。"),
    ("impatience", "中午打扰你吃饭了吧？", "嗯嗯，没关系，您的事更要紧，您接着说。"),
    ("impatience", "不好意思，尺码我想再问一次。", "没事，问清楚才好，脚长二十五厘米穿三十九码。"),
    ("sarcasm", "油烟机能洗到跟新的差不多吗？", "油垢能除掉九成以上，外观会亮很多，划痕就去不掉了。"),
    ("talking_down", "我是外行，问卡纸的事会不会很傻？", "一点不傻，卡纸就是画和框之间那圈衬边，我给您讲讲怎么选。"),
    ("talking_down", "恒温存酒这个问题是不是太基础了？", "嗯对，基础但关键，温度忽高忽低酒就容易坏。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("打了八遍才打进来，你们中午都不干活吗？", "让您打了这么多遍，真对不住，您的事我现在就办。"),
    ("你们这服务就是应付人。", "您的意见我记下了，咱们先把这件事办踏实。"),
    ("再拖着我就打市场监管电话。", "理解您着急，我这边尽量今天给您一个结果。"),
    ("你一个接线的懂什么，叫你们老师傅来。", "我先把情况记全，老师傅十分钟内给您回话。"),
    ("别跟我背条款，说人话。", "好的，简单说，明天上午给您处理好。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我中午十二点叫的单车急送，说好半小时送到，结果到现在一点半了还没到，合同下午两点就要签，对方一直打电话催我，我饭都顾不上吃。",
    "你们师傅上周来洗的油烟机，洗完装回去以后一开大档就嗡嗡响，声音比以前大了好几倍，孩子在家写作业都被吵得没法写。",
    "我在你们那儿寄存了六箱酒，上个月去看的时候发现有两瓶的木塞往外渗酒，标签也有点发黄，这可是我准备给女儿结婚用的。",
    "我让你们航拍我们村的新修的桥，拍完给的成片里桥只出现了几秒钟，大部分都是天上的云，跟我事先说的要求完全不一样。",
]
# long enough (12 字) that even the fastest agent of this set talks over the caller for >= 1.5 s
HO_INTERRUPT_AGENT = [
    "这一单我现在就加急改派最近的骑手。",
    "我这就安排师傅今天下午上门复查异响。",
    "渗酒的那两瓶我们先单独取出来检查。",
    "成片我马上让飞手按您的要求重新剪。",
]
HO_EARLY_AGENT = [
    "我们的急送是这样的，三公里内半小时，五公里内四十五分钟，超重另算，超时会返还一半运费，下单后骑手位置您随时能在小程序里看。",
    "洗油烟机的流程我简单说一下，师傅上门先拆风轮和油网，高温蒸汽去油，再装回试机，整个过程一个半小时左右，洗完有三个月保修。",
    "攀岩入门是这样安排的，第一次来先上四十分钟安全课，学会打结和保护，考核通过以后才能自己上墙，鞋和安全带馆里都可以租。",
]
# callers cut in with these: long enough to keep >= 1.5 s of talking over the agent
HO_EARLY_CUST = ["哎你先听我说，我就想知道今天能不能到。", "行行行，这些我都知道，直接说价钱吧。",
                 "等会儿等会儿，我问的不是这个。"]
HO_AFTER_INTERRUPT_CUST = ["你让我说完行吗？", "我还没讲完呢。", "行，那你说。"]
HO_AFTER_EARLY_AGENT = ["您说，我听着。", "好，您先讲。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics)
HO_GENERIC_QA = [
    ("你们中午休息吗？", "不休，中午照常有人值班。"),
    ("能刷信用卡吗？", "嗯对，信用卡和扫码都能付。"),
    ("发票能开专票吗？", "专票普票都能开，把税号发过来就行。"),
    ("取消订单扣钱吗？", "开始服务之前取消不扣钱。"),
    ("节假日上班吗？", "嗯嗯，节假日也上，就是人手少点。"),
    ("我可以带朋友一起来吗？", "好啊，朋友一起来还能享受双人价。"),
    ("要提前几天约？", "提前两天约最稳。"),
    ("郊县能去吗？", "郊县能去，加五十块路费。"),
    ("价格含不含税？", "报的都是含税价。"),
    ("有没有会员价？", "会员打八八折，积分还能抵现。"),
    ("出了问题找谁？", "直接打这个号，我们专人跟进。"),
    ("你们店在哪条街？", "在东门大街中段，对面是邮局。"),
    ("学生有优惠吗？", "带学生证减二十。"),
    ("多久能弄好？", "一般两天，急的当天也行。"),
    ("中午打电话是不是不好打？", "是啊，中午电话多，您打进来就好。"),
    ("你们这店开多久了？", "开了八年多了。"),
]
# Customers' long turns: run-on explanations over a busy lunchtime (callers talk at length).
HO_CUST_DETAIL = ["我跟你说啊，这事我从上礼拜就开始弄，打了好几次都没说清楚，今天中午好不容易有空，一定得给我弄明白。",
                  "我长话短说，不过前前后后还挺复杂的，你先听我讲完，中间别打断我。",
                  "我是趁午饭时间出来打的电话，一点半还得回去上班，所以咱们抓紧。",
                  "这个情况我在你们小程序上也留过言，一直没人回，我才打电话来的，你们查一下就知道。",
                  "我先说一下背景啊，我是老客户了，前后在你们这儿办过好几回，以前都挺顺的，就这回出了岔子。"]
HO_CUST_SEARCH = ["你等等，我翻翻聊天记录。", "我找一下收据照片。"]
HO_CUST_FILLER_OPEN = ["嗯，", "呃，", "啊，", "嗯嗯，我想想，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["麻烦把手机号码再念一遍？"],
    "name": ["麻烦把姓名再念一遍？"],
    "id": ["麻烦把证件号码后六位再念一遍？"],
    "account": ["麻烦把{acct_label}再念一遍？"],
    "address": ["麻烦把地址再念一遍？"],
}
HO_SLOT_ANSWER = {
    "phone": "{phone_zh}。", "name": "我叫{name}。", "id": "{id6_zh}。",
    "account": "{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["不是说过了吗，", "", "行，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["我念给您听，手机{phone_zh}，没错吧？"],
    "name": ["我念给您听，{name}，没错吧？"],
    "id": ["我念给您听，证件尾号{id6_zh}，没错吧？"],
    "account": ["我念给您听，{acct_label}{acct_zh}，没错吧？"],
    "address": ["我念给您听，{address}，没错吧？"],
}
HO_READBACK_CUST = ["没错。", "对的。", "嗯，对。", "是。"]
HO_NEW_ASK = {
    "phone": ("弄好了能给我发条短信吗？", "嗯嗯，能发，您留个手机号码？", "{phone_zh}。", "好，记下了。"),
    "name": ("单子上填谁的名字？", "填您自己的，您全名怎么写？", "{name}。", "好，填上了。"),
    "address": ("能上门来取吗？", "嗯对，能上门，取件地址给我一下？", "{address}。", "好，地址存上了。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]),
                    ("account", ["卡号", "账号", "编号", "单号"]),
                    ("name", ["姓名", "名字", "全名", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["重复一遍", "再念", "再报", "再说", "报一下", "说一下", "是多少", "告知", "提供", "留个", "给我一下", "给个"]


# the slot an agent line asks for, or None (read-backs 「我念给您听…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("我念给您听",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so most
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).
HO_DOMAINS = {
    "bikecourier": {
        "companies": [("飞轮单车同城急送", "飞轮单车同城急送")],
        "acct_label": "急送订单号",
        "verify": [("急送订单号报一下？", "{acct_zh}。", ["account"]),
                   ("寄件人名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["急送的文件超时还没到。", "我叫的急送一个多小时了还没到。"],
             "result": ["骑手路上爆胎了，{doctor}队长已经改派，{due}前送到，超时运费退您一半。"],
             "qa": [("能看到新骑手在哪吗？", "嗯嗯，能看，小程序里刷新一下就有。")]},
            {"open": ["想包月让你们每天中午送饭盒。"],
             "result": ["包月可以，每天十一点半取餐，{due}起开始送，{doctor}队长给您固定一个骑手。"],
             "qa": [("下雨天也送吗？", "嗯对，风雨无阻，雨天会套防水袋。")]},
        ],
    },
    "drone": {
        "companies": [("凌空无人机航拍工作室", "凌空无人机航拍工作室")],
        "acct_label": "航拍预约单号",
        "verify": [("航拍预约单号是多少？", "{acct_zh}。", ["account"]),
                   ("联系人名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["航拍成片跟我要的不一样。", "拍出来的片子不是我想要的。"],
             "result": ["成片可以免费改一次，{doctor}飞手{due}前按您的要求重剪，不够的镜头再补飞。"],
             "qa": [("补飞要另外收钱吗？", "嗯嗯，不收，是我们没拍到位。")]},
            {"open": ["想给新开的农家乐拍个宣传片。"],
             "result": ["宣传片要先报空域，{due}前报好，{doctor}飞手先去踩点定机位。"],
             "qa": [("下雨能拍吗？", "嗯对，下雨不能飞，会顺延到晴天。")]},
        ],
    },
    "hoodclean": {
        "companies": [("洁灶油烟机清洗服务部", "洁灶油烟机清洗服务部")],
        "acct_label": "清洗服务单号",
        "verify": [("清洗服务单号报一下？", "{acct_zh}。", ["account"]),
                   ("户主名字和地址？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["油烟机洗完以后有异响。", "洗完的油烟机嗡嗡响。"],
             "result": ["多半是风轮没装正，{doctor}师傅{due}上门复查，保修期内不收钱。"],
             "qa": [("这两天还能开着用吗？", "嗯嗯，小档能用，大档先别开。")]},
            {"open": ["想把烟道也一起清一清。"],
             "result": ["烟道清洗要带专用设备，{doctor}师傅{due}上门，先看一下烟道走向再报价。"],
             "qa": [("会不会弄脏厨房？", "嗯对，会盖防尘布，干完给您擦干净。")]},
        ],
    },
    "stamps": {
        "companies": [("方寸集邮钱币收藏馆", "方寸集邮钱币收藏馆")],
        "acct_label": "藏友会员卡号",
        "verify": [("藏友会员卡号是多少？", "{acct_zh}。", ["account"]),
                   ("藏友名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["邮购的纪念币盒子压坏了。", "收到的纪念币外盒瘪了。"],
             "result": ["包装破损我们负责，{due}前给您换一个新盒子，{doctor}老师会亲自查品相。"],
             "qa": [("币本身会不会也受损？", "嗯嗯，有可能，换盒时一起看。")]},
            {"open": ["想把家里的老邮票拿去估个价。"],
             "result": ["估价免费，{due}前带过来，{doctor}老师当面看，不买不卖也没关系。"],
             "qa": [("要预约吗？", "嗯对，提前约一下，省得您白跑。")]},
        ],
    },
    "framing": {
        "companies": [("雅框装裱画框店", "雅框装裱画框店")],
        "acct_label": "装裱取件单号",
        "verify": [("装裱取件单号报一下？", "{acct_zh}。", ["account"]),
                   ("取件人名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["裱好的画框玻璃裂了。", "取回来的画框玻璃有道裂纹。"],
             "result": ["玻璃我们给您免费换，{doctor}师傅{due}上门取画，换好再送回。"],
             "qa": [("画会不会被划到？", "嗯嗯，有可能，先平放别动。")]},
            {"open": ["想给孩子的奖状配几个框。"],
             "result": ["奖状框有现成尺寸，{due}前能做好，{doctor}师傅帮您挑颜色。"],
             "qa": [("能做成一组挂墙上吗？", "嗯对，能做成组框，还送挂钩。")]},
        ],
    },
    "climbing": {
        "companies": [("峭壁攀岩运动馆", "峭壁攀岩运动馆")],
        "acct_label": "攀岩会员卡号",
        "verify": [("攀岩会员卡号是多少？", "{acct_zh}。", ["account"]),
                   ("会员名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["年卡还没到期就刷不进去了。", "会员卡进门刷不了。"],
             "result": ["系统升级漏了您的卡，{doctor}教练已经补录，{due}起就能刷。"],
             "qa": [("少了的这几天能补吗？", "嗯嗯，给您顺延一周。")]},
            {"open": ["想给公司团建订一场攀岩。"],
             "result": ["团建二十人以内包场，{due}有空档，{doctor}教练带安全课。"],
             "qa": [("没基础的能参加吗？", "嗯对，都是从零教起。")]},
        ],
    },
    "knives": {
        "companies": [("老铁匠磨刀铺", "老铁匠磨刀铺")],
        "acct_label": "磨刀取件编号",
        "verify": [("磨刀取件编号报一下？", "{acct_zh}。", ["account"]),
                   ("送刀人名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["磨完的菜刀刃口崩了。", "刀拿回来刃上多了个缺口。"],
             "result": ["是我们手重了，{doctor}师傅{due}前给您重新开刃，不收钱。"],
             "qa": [("以后还能用吗？", "嗯嗯，能用，刃会窄一点点。")]},
            {"open": ["饭店后厨有二十把刀想一起磨。"],
             "result": ["二十把可以上门磨，{doctor}师傅{due}带砂轮过去，按把算价。"],
             "qa": [("剪刀也能磨吗？", "嗯对，剪刀也能磨。")]},
        ],
    },
    "winecellar": {
        "companies": [("醇窖葡萄酒恒温寄存中心", "醇窖葡萄酒恒温寄存中心")],
        "acct_label": "寄存酒窖账号",
        "verify": [("寄存酒窖账号是多少？", "{acct_zh}。", ["account"]),
                   ("寄存人名字和地址？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["寄存的酒有两瓶木塞渗酒了。", "存的酒有瓶塞往外冒酒。"],
             "result": ["渗酒的先单独取出来，{doctor}经理{due}前出检查报告，是保管问题我们照价赔。"],
             "qa": [("其他几箱要不要紧？", "嗯嗯，都查过了，其他的没问题。")]},
            {"open": ["想再存三箱酒进去。"],
             "result": ["恒温柜还有位置，{due}前送过来就行，{doctor}经理给您登记入库。"],
             "qa": [("能上门来拉吗？", "嗯对，市区免费上门取酒。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["费", "郦", "宣", "贝", "鄂", "娄", "荆", "狄", "苑", "戎", "鲜", "席", "逯", "蔚", "滑", "邰"]
DOCTORS = SURNAMES           # the captain, the pilot, the master, the coach ... by surname
NAMES = ["费一鸣", "郦清扬", "宣晓彤", "贝思远", "鄂俊峰", "娄婉清", "荆浩然", "狄若琳", "苑博文", "戎天佑",
         "鲜可欣", "席明轩"]
AREAS = ["槐荫里", "临河小区", "东门大街", "桃园新村", "石桥巷", "北苑二区"]
CITIES = ["宜宾", "泸州", "乐山", "绵阳", "德阳", "南充", "遂宁", "眉山"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["对了，我前天提的那个退款到账了吗？", "还有件事，上回说给我回电话，怎么没回？"]
HOLD2_AGENT = "您前天提的那件事已经处理完了，结果昨天下午短信发过去了。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
