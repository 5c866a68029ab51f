# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind23`` (dev only): the twenty-third blind evaluation set for issue 11.

Written by a twenty-third writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette),
without reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py and
blind10_text.py to blind22_text.py.  Eight business lines none of them had, in other registers: a
drain-unblocking service (blunt plumber's urgency), a rural well-drilling crew (plain country talk),
an old-photo restoration studio (gentle, nostalgic), an escape-room venue (young, playful), a
rehabilitation-equipment rental (careful, caring), a made-to-measure curtain shop (home-decor
chatty), a half-marathon registration office (rules-first, official) and a children's
birthday-party planner (cheerful).  The calls come in on the morning after a public holiday: a
backlog of calls, brisk agents in a hurry, irritated callers who got no answer over the holiday,
cut in and repeat themselves.  Other 工号 forms (首问负责人, 对接人, 工作人员, 业务窗口, 客服组 ...), offers
of help, closings, hold announcements and returns in other words, 服务禁语 in seven families, and
hard negatives.

Two openings are unusual but acceptable: one admits the holiday backlog at once and asks the caller
to start with the main point; one tells the caller up front that a text asking them to rate the
call will follow.

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

HO_DOMAINS_LIST = ["drain", "borewell", "photorestore", "escaperoom", "rehabrental", "curtain", "marathon",
                   "kidsparty"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说", "那么"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number in a form no earlier writer used, an offer of help; all fit any centre.  Two
# are unusual but acceptable: the holiday backlog admitted at once (start with the main point); a
# rating text announced up front.
HO_GREETINGS = [
    "您好，{hotline}，本次来电的首问负责人是{agent_zh}号，您的事我负责到底，请讲。",
    "{tod}，{hotline}，您的对接人{agent_zh}号小{agent_surname}，请问找我们有什么事？",
    "您好，{hotline}业务窗口{agent_zh}号，请问您是办新业务还是问进度？",
    "您好，{hotline}客服组{agent_zh}号为您服务，请问有什么可以帮您办的？",
    "您好，{hotline}，我是{agent_zh}号工作人员，节日积压的事情我们都在加紧处理，请问您要办哪一项？",
    "您好，{hotline}，{agent_zh}号，假期刚过来电比较多，您先讲最要紧的，我边听边记。",
    "{tod}，{hotline}，{agent_zh}号为您接听，通话结束后会有一条评价短信，请问今天有什么需要？",
    "您好，欢迎接入{hotline}，人工{agent_zh}号已接通，请问需要什么帮助？",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["说吧，什么事？", "喂？讲。", "节后忙死了，快说。", "又打来了？哪件事？", "喂喂，哪个？",
                    "排了半天队吧，赶紧讲。"]

# ---- closings
HO_CLOSING_ASK = ["您这边还有别的要一起办的吗？", "还有没顾上问的吗？", "其他还有要交代的吗？",
                  "除了这件事，还有需要跟进的吗？"]
HO_CLOSING_CUST = ["没别的了。", "就这一件。", "暂时想不起来了。", "没了，你们抓紧就行。", "没有。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; one without 再见
# (thanks plus wishes), which is acceptable.
HO_CLOSING_BYE = {
    None: ["事情都登记好了，谢谢您的来电，再见。",
           "节后事情多，谢谢您体谅，再见。",
           "进度有变化我们第一时间通知您，感谢您，再见。",
           "好的，感谢您的耐心，祝您新的一年顺顺利利。",
           "那今天先到这儿，谢谢您打进来，再见。"],
    "drain": ["谢谢您找我们疏通，祝您家里下水通通畅畅，再见。"],
    "borewell": ["感谢您信得过我们打井队，祝您早日用上好水，再见。"],
    "photorestore": ["谢谢您把珍贵的老照片交给我们，祝您阖家团圆，再见。"],
    "escaperoom": ["感谢您预约，祝您和朋友们玩得开心，再见。"],
    "rehabrental": ["谢谢您的信任，祝老人家早日康复，再见。"],
    "curtain": ["感谢您选择我们的窗帘，祝您新家住得舒心，再见。"],
    "marathon": ["感谢您报名参赛，祝您比赛当天跑出好成绩，再见。"],
    "kidsparty": ["谢谢您选我们办派对，祝小寿星生日快乐，再见。"],
}
HO_CLOSING_CUST_BYE = ["行，再见。", "好，拜拜。", "知道了，挂了。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["后面还排着好多电话，先这样。", "好，就到这儿。", "有结果等短信。", "下一位。", "挂了，等通知。",
                   "行，您那边自己盯着点。"]
HO_BAD_CLOSING_CUST = ["这就完事了？", "喂，还没说完呢。", "怎么说挂就挂。", "你们这效率。"]

# ---- holds: announcements in other words (keep the call, don't hang up, don't put the phone
# down, stay on the line ...); thanks on return in other words; returns without thanks; none
# promises music (it is drawn per hold), and all fit any centre.
HO_HOLD_ANNOUNCE = ["节前的单子压得多，我得往前翻一翻，您先保持通话，别挂。",
                    "我到后台把预约表调出来，麻烦您稍候片刻，别挂机。",
                    "我打内线问问师傅，您先别收线，我这就回来。",
                    "请您先不要放下电话，我把排期表查一查。",
                    "我这边要核实一下，请您保持在线，大约一两分钟。",
                    "我去把登记本拿过来，电话先别挂，很快。",
                    "我跟仓库确认一下库存，请您不要挂机，稍候就好。"]
ANNOUNCE_RE = "保持通话|别挂机|别收线|不要放下电话|保持在线|电话先别挂|不要挂机"
HO_HOLD_THANKS = ["谢谢您等这么一会儿，排期表上有空档了。", "感谢您没挂断，师傅说可以上门。",
                  "让您等着急了吧，登记本上查到了。", "不好意思耽误您了，仓库那边回话了。",
                  "劳您久等，记录拉出来了。"]
HO_THANKS_WORDS = ["谢谢", "感谢", "多谢", "久等", "久候", "麻烦您", "辛苦", "抱歉", "不好意思", "劳驾", "有劳", "难为",
                   "让您等", "耽搁", "劳烦", "过意不去", "干等", "空等", "对不住", "对不起", "耐心", "多亏", "劳您",
                   "耽误", "占用", "耐着性子", "谢了", "谢啦", "候着", "等了", "承蒙", "费心", "烦请", "恳请", "没挂",
                   "等着", "等候", "辛劳", "包涵", "见谅", "体谅", "着急"]
HO_RESUME_NO_THANKS = ["排期表看了，周四有空档。", "师傅回话了，可以上门。", "记录拉出来了，是节前下的单。",
                       "仓库那边确认了，有现货。", "登记本上查到了，您排在第六位。"]
HO_UNANNOUNCED_PRE = ["我翻翻排期表。", "我瞅瞅登记本。", "我查查库存。", None, None]
# words a return without thanks, or the line before an unannounced hold, must not have
NOT_ANNOUNCING = ["等", "稍", "挂", "候", "线上", "在线", "别收", "收线", "搁", "音乐", "提示音", "片刻", "马上", "一会儿",
                  "一下", "别走", "静音", "安勿躁", "回来", "断", "旋律", "握着", "安静", "结束通话", "离开", "听筒",
                  "保留", "没声音", "端着", "放下", "线路", "电话", "别放", "拿着", "小曲", "撂", "多待", "保持",
                  "走开", "接回", "不挂", "通话", "一阵", "暂停", "挂机", "掉线", "座位", "一分钟", "话筒", "去去就",
                  "很快", "内线", "接到", "持机", "拿稳", "中断", "听不到", "守在", "转入", "恢复", "座席", "请示", "维持",
                  "两分钟", "半分钟", "请勿", "问问师傅", "拿过来", "尽快", "不会太久", "不会长", "这就", "核实"]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic).  Two are hard
# negatives: a look-alike of a hold announcement (no need to look it up: no hold follows) and a
# look-alike of a closing (a thank-you in mid-call, then on to the matter).
HO_ACK_AGENT = ["是啊，节后大家都着急，您接着说。", "好啊，那就按您方便的时间来。",
                "这个价格我记得清楚，不用翻单子。", "感谢您提醒，这一条我补记上，您继续说。"]
HO_ACK_CUST = ["行。", "知道了。", "嗯，好。", "可以。", "好吧。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["嗯。", "对。", "行。", "收到。", "记了。", "了解。"]
HO_CUST_BC = ["嗯。", "哦。", "对对。", "行吧。", "快说。", "是。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "下水道通了两天又堵了。", "油全往池子里倒，堵了能赖谁。", "堵了能赖谁"),
    ("blame_customer", "轮椅刚租两天刹车就不灵了。", "刹车是被您家里人硬掰坏的，出库时好好的。", "硬掰坏的"),
    ("blame_customer", "窗帘装上去拉不动。", "尺寸是您自己量的，量错了尺寸还怪轨道。", "量错了尺寸还怪轨道"),
    ("refuse_responsibility", "井打好了水有股铁锈味。", "水质是地底下的事，打井队只管打眼。", "打井队只管打眼"),
    ("refuse_responsibility", "马拉松的号码布寄丢了。", "快递丢的您找快递，组委会这边一概不认。", "组委会这边一概不认"),
    ("refuse_responsibility", "老照片修完寄回来折了一个角。", "出了工作室的门就是邮局的事了。", "就是邮局的事了"),
    ("do_it_yourself", "密室的主题有几个难度？", "难度星级公众号上都标着呢，点开瞧不就完了。", "点开瞧不就完了"),
    ("do_it_yourself", "生日派对的套餐都包含什么？", "明细都在报价单里，您对着单子一项项看。", "您对着单子一项项看"),
    ("do_it_yourself", "疏通的收费标准是什么？", "收费标准师傅身上带着，等他上门您当面问他。", "等他上门您当面问他"),
    ("take_or_leave", "打井的价钱能不能商量？", "一米多少钱是定死的，打不打您自己拿主意。", "打不打您自己拿主意"),
    ("take_or_leave", "派对能不能改成周日？", "周日早约满了，只剩周六，不要就算您放弃。", "不要就算您放弃"),
    ("take_or_leave", "报名费能不能少点？", "报名费全国统一，舍不得就别跑了。", "舍不得就别跑了"),
    ("impatience", "护理床的押金怎么退你再说一次？", "押金的事我一早上说了几十遍了，您记一下成吗。", "一早上说了几十遍了"),
    ("impatience", "密室能不能再帮我们查查别的场次？", "节后电话都打爆了，您一次想好了再打。", "您一次想好了再打"),
    ("impatience", "窗帘的布料能再介绍一下吗？", "赶紧的，积压的单子还一大堆，您到底要哪种。", "积压的单子还一大堆"),
    ("sarcasm", "疏通能不能保证一年都不堵？", "保一年？那您干脆别做饭了。", "那您干脆别做饭了"),
    ("sarcasm", "老照片能修成彩色高清的吗？", "要不要顺便让照片里的人开口说话。", "让照片里的人开口说话"),
    ("sarcasm", "第一次跑能跑进三小时吗？", "第一次就破三，国家队该来挖您了。", "国家队该来挖您了"),
    ("talking_down", "打井为什么要先勘探？", "连这都要问，您家祖上没打过井吧。", "您家祖上没打过井吧"),
    ("talking_down", "护理床的电动和手摇有什么区别？", "这么简单还分不清，平时怎么照顾老人的。", "平时怎么照顾老人的"),
    ("talking_down", "生日派对要提前多久订？", "当家长的这都没数，难怪要临时抱佛脚。", "难怪要临时抱佛脚"),
]
HO_FORBIDDEN_REACT = ["你这叫什么服务口气？", "你叫什么，我要投诉你。", "节后就这么对客户？", "我要找你们经理。"]
# Agent hard negatives: taboo-ish words in acceptable service language; five answer the yes-no
# question with 嗯对 / 嗯嗯 (look-alikes are reached far more surely than small talk).
HO_LOOKALIKES = [
    ("blame_customer", "下水道堵了是不是我倒油倒的？", "嗯对，油凝了容易堵，不过这回照常给您疏通，不额外收钱。"),
    ("blame_customer", "轮椅刹车是不是我爸掰坏的？", "现在不好说，我们先给您换一辆，坏的拉回来再检查。"),
    ("refuse_responsibility", "号码布丢了你们组委会管吗？", "嗯嗯，我们管，今天给您补寄一份。"),
    ("refuse_responsibility", "照片折角这事找你们还是找快递？", "找我们就行，折了角我们重修一张，快递那边我们去交涉。"),
    ("do_it_yourself", "密室难度我自己在公众号上看就行吧？", "嗯对，公众号上有星级，我也可以现在给您讲讲。"),
    ("do_it_yourself", "疏通价格我等师傅来了再问可以吗？", "可以，不过现在就能跟您说，一个下水口一百二。"),
    ("take_or_leave", "打井的价格是统一定的吗？", "每米的单价是统一的，五十米以上的深井可以优惠。"),
    ("impatience", "节后你们这么忙，我再问一遍不耽误你吧？", "嗯嗯，不耽误，您问几遍都行。"),
    ("impatience", "我讲了好几遍了，你记全了没有？", "都记全了，我跟您从头核一遍。"),
    ("sarcasm", "黑白照片能修成彩色的吗？", "能，黑白的可以上色，衣服原来什么颜色您说给修图师就行。"),
    ("talking_down", "我第一次给孩子办派对，问得是不是太外行？", "一点也不外行，第一次办的家长都问这个，我慢慢跟您说。"),
    ("talking_down", "护理床电动和手摇我不太懂，你讲讲？", "嗯嗯，电动的按键就能升降，手摇的要靠人摇，我给您细说。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("放假七天都没人接，你们是集体失踪了吗？", "假期值班人手少，让您打了好多次，真对不起，今天我一定给您办好。"),
    ("你们这服务真是一年不如一年。", "您的意见我如实记下来，先把您这件事处理好。"),
    ("你是新来的吧，什么都要查。", "我查清楚再答复您，免得说错耽误您的事。"),
    ("再拖我就去网上曝光你们。", "理解您的心情，我现在就给您加急。"),
    ("赶紧的，我还要上班。", "好的，我长话短说，三句话跟您讲完。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "节前你们师傅来通的下水道，说好了保三个月，结果放假第二天厨房就又堵了，一家人过年连碗都没法洗，打你们电话一直没人接。",
    "我妈出院租了你们的电动护理床，放假那几天床头一直升不起来，我打了好几次热线都是忙音，老人只能半坐着睡觉。",
    "我报名了下个月的半程马拉松，钱交了也收到扣款短信了，可是公布的名单里查不到我，问了一起报的朋友他们都查到了。",
    "我们订了节后第一个周末的儿童生日派对，今天早上突然收到短信说场地换了，换到很远的地方，孩子的同学都已经通知了。",
]
# long enough (12 字) that even the fastest agent of this set talks over the caller for >= 1.5 s
HO_INTERRUPT_AGENT = [
    "我马上让值班师傅今天下午就赶过去。",
    "护理床我现在就安排人给您换一张新的。",
    "名单的事我立刻让报名组人工核对清楚。",
    "场地的事我马上请策划主管跟您重新确认。",
]
HO_EARLY_AGENT = [
    "我们打井的流程是这样的，先派人来看地形，做个简单的勘探，定好井位以后签合同，然后上钻机，打到见水再下井管，最后做抽水试验，水量合格了才算完工。",
    "老照片修复一般是这样，先高清扫描原片，再由修图师去掉划痕和霉点，缺的部分按照片里的线索补齐，修好以后先发电子版给您确认，满意了再冲印装框。",
    "密室的玩法是这样的，进去以后主持人先讲背景故事，然后你们在规定时间里找线索解谜，卡住了可以按铃求助三次，全程有工作人员看着监控，安全方面不用担心。",
]
# callers cut in with these: long enough to keep >= 1.5 s of talking over the agent
HO_EARLY_CUST = ["停停停，这些我都知道，直接说价钱。", "你先别讲了，我问的根本不是这个。",
                 "我打了一上午才打进来，你先听我说。"]
HO_AFTER_INTERRUPT_CUST = ["能不能让我一口气讲完。", "我这话才说了一半。", "好吧，你先说。"]
HO_AFTER_EARLY_AGENT = ["抱歉抢话了，您先讲。", "好，我听您说。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics)
HO_GENERIC_QA = [
    ("节后什么时候恢复正常上班？", "今天起就全员上班了。"),
    ("能刷卡吗？", "嗯对，刷卡扫码都行。"),
    ("发票能开电子的吗？", "电子发票发到您邮箱。"),
    ("取消要扣钱吗？", "提前两天取消不扣钱。"),
    ("晚上能上门吗？", "嗯嗯，晚上八点前都能上门。"),
    ("能不能加个急？", "好啊，加急的我给您排前面。"),
    ("你们营业到几点？", "早上八点到晚上六点。"),
    ("会员有折扣没有？", "办会员卡打八八折。"),
    ("能分期吗？", "五千以上可以分三期。"),
    ("需要本人来吗？", "家属来办也可以。"),
    ("节前的优惠还有吗？", "优惠延到这个月底。"),
    ("你们有几个门店？", "市里一共四家门店。"),
    ("能开收据吗？", "收据发票都能开。"),
    ("郊县你们跑不跑？", "郊县也去，加一点路费。"),
    ("现在排队的人多吗？", "是啊，节后人多，您这单我尽量往前排。"),
    ("一直打不进来，是不是坏了？", "没坏，节后来电太多，实在对不起。"),
]
# Customers' long turns: irritated callers the morning after a holiday, repeating themselves.
HO_CUST_DETAIL = ["我先说一下，放假前我就打过一次，当时说节后处理，现在节后了还没人联系我。",
                  "这事我已经讲过两遍了，前面那个客服说转给你们，我再跟你说一遍。",
                  "我请了半天假专门打这个电话，你们今天一定要给我个结果。",
                  "我从早上八点打到现在，一直占线，好不容易才打进来。",
                  "我是替我家老人打的，他们不会用手机，事情是这样的。"]
HO_CUST_SEARCH = ["你等下，我翻翻聊天记录。", "我看看短信里写的啥。"]
HO_CUST_FILLER_OPEN = ["嗯，", "呃，", "啊，", "呃，那啥，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["抱歉没记全，手机号码麻烦重新报一次。"],
    "name": ["抱歉没记全，您的名字麻烦重新报一次。"],
    "id": ["抱歉没记全，身份证后六位麻烦重新报一次。"],
    "account": ["抱歉没记全，{acct_label}麻烦重新报一次。"],
    "address": ["抱歉没记全，您的地址麻烦重新报一次。"],
}
HO_SLOT_ANSWER = {
    "phone": "{phone_zh}。", "name": "{name}。", "id": "{id6_zh}。",
    "account": "{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["不是报过了吗，", "", "行吧，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["给您复述，手机{phone_zh}，没错吧？"],
    "name": ["给您复述，{name}，没错吧？"],
    "id": ["给您复述，身份证尾号{id6_zh}，没错吧？"],
    "account": ["给您复述，{acct_label}{acct_zh}，没错吧？"],
    "address": ["给您复述，{address}，没错吧？"],
}
HO_READBACK_CUST = ["没错。", "对的对的。", "嗯，没错。", "是的。"]
HO_NEW_ASK = {
    "phone": ("处理好了能给我回个电话吗？", "嗯嗯，可以，回电打哪个手机号码？", "{phone_zh}。", "好，号码录好了。"),
    "name": ("登记的时候写谁？", "写办事人的，请问您的全名？", "{name}。", "好，名字录进去了。"),
    "address": ("能派人过来吗？", "嗯对，能派，上门地址是？", "{address}。", "好，地址录好了。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]),
                    ("account", ["卡号", "账号", "编号", "单号"]),
                    ("name", ["姓名", "名字", "全名", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["重新报", "再报", "报一下", "说一下", "是多少", "提供", "留一个", "重复一下", "再讲一遍"]


# the slot an agent line asks for, or None (read-backs 「给您复述…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("给您复述",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so most
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).
HO_DOMAINS = {
    "drain": {
        "companies": [("通畅管道疏通服务中心", "通畅管道疏通服务中心")],
        "acct_label": "疏通工单号",
        "verify": [("疏通工单号报一下？", "{acct_zh}。", ["account"]),
                   ("机主名字和地址？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["厨房下水道又堵了。", "节前通的管子又不下水了。"],
             "result": ["还在保修期内，{doctor}师傅{due}上门返工，不收钱。"],
             "qa": [("要把橱柜拆开吗？", "嗯嗯，不用拆，从检修口下管子就行。")]},
            {"open": ["小区化粪池满了想约清掏。"],
             "result": ["清掏要叫吸污车，{doctor}师傅{due}带车过去，按车数收费。"],
             "qa": [("要物业开证明吗？", "嗯对，物业签个字就行，车要进小区。")]},
        ],
    },
    "borewell": {
        "companies": [("甘泉凿井工程队", "甘泉凿井工程队")],
        "acct_label": "打井合同编号",
        "verify": [("打井合同编号报一下？", "{acct_zh}。", ["account"]),
                   ("户主名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["新打的井出水越来越少。", "井里的水抽一会儿就没了。"],
             "result": ["可能是滤管堵了，{doctor}师傅{due}带洗井设备过去，质保内不收钱。"],
             "qa": [("井这几天还能抽水吗？", "嗯嗯，能抽，每次时间别太长。")]},
            {"open": ["果园里想再打一口井。"],
             "result": ["先勘探再报价，{doctor}师傅{due}下去看井位。"],
             "qa": [("勘探要收钱吗？", "嗯对，收两百，签合同的话抵工钱。")]},
        ],
    },
    "photorestore": {
        "companies": [("留影老照片修复工作室", "留影老照片修复工作室")],
        "acct_label": "修复订单编号",
        "verify": [("修复订单编号是多少？", "{acct_zh}。", ["account"]),
                   ("送修人名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["修好的照片跟原来的脸不太像。", "照片修完人脸变样了。"],
             "result": ["我们按原片重新修，{doctor}老师{due}前把新样发给您看。"],
             "qa": [("原片会不会弄坏？", "嗯嗯，不会，原片只扫描一次，一直放在档案袋里。")]},
            {"open": ["过年翻出一张爷爷的老照片想修一下。"],
             "result": ["先寄原片或者拍高清图过来，{doctor}老师{due}前给您报价。"],
             "qa": [("手机拍的能修吗？", "嗯对，能修，拍的时候别反光就行。")]},
        ],
    },
    "escaperoom": {
        "companies": [("迷城密室逃脱体验馆", "迷城密室逃脱体验馆")],
        "acct_label": "密室场次单号",
        "verify": [("密室场次单号报一下？", "{acct_zh}。", ["account"]),
                   ("预约人名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["假期订的场次被取消了。", "我们到了门口说场次没了。"],
             "result": ["是系统排重了，这次全额退款，{doctor}店长{due}给您留一个热门主题。"],
             "qa": [("退款几天到账？", "嗯嗯，三个工作日内原路退回。")]},
            {"open": ["公司团建想包场。"],
             "result": ["包场最多十二个人，{doctor}店长{due}给您排两个主题连着玩。"],
             "qa": [("团建能开票报销吗？", "嗯对，团建的都能开发票。")]},
        ],
    },
    "rehabrental": {
        "companies": [("康复之家医疗器械租赁站", "康复之家医疗器械租赁站")],
        "acct_label": "器械租赁单号",
        "verify": [("器械租赁单号报一下？", "{acct_zh}。", ["account"]),
                   ("租用人名字和地址？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["租的护理床升不起来了。", "电动床的遥控器没反应。"],
             "result": ["给您换一张新的，{doctor}师傅{due}送过去，旧的顺便拉回。"],
             "qa": [("换床要加钱吗？", "嗯嗯，不加钱，是设备的问题。")]},
            {"open": ["老人出院想租一台轮椅。"],
             "result": ["轮椅有现货，{doctor}师傅{due}送上门，教家里人怎么用。"],
             "qa": [("能按天租吗？", "嗯对，按天按月都能租。")]},
        ],
    },
    "curtain": {
        "companies": [("锦帘窗饰定制中心", "锦帘窗饰定制中心")],
        "acct_label": "窗帘定制单号",
        "verify": [("窗帘定制单号是多少？", "{acct_zh}。", ["account"]),
                   ("业主名字和地址？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["装好的窗帘短了一截。", "窗帘拉不严实，中间漏光。"],
             "result": ["我们重新量尺寸，{doctor}师傅{due}上门，做错的免费重做。"],
             "qa": [("旧的要拆下来吗？", "嗯嗯，师傅上门拆，您不用动手。")]},
            {"open": ["新房子想做全屋窗帘。"],
             "result": ["{doctor}设计师{due}带布样上门量尺寸，量完再出报价。"],
             "qa": [("上门量尺收费吗？", "嗯对，市区免费，郊区收五十。")]},
        ],
    },
    "marathon": {
        "companies": [("江滨半程马拉松组委会报名处", "江滨半程马拉松组委会报名处")],
        "acct_label": "参赛报名编号",
        "verify": [("参赛报名编号报一下？", "{acct_zh}。", ["account"]),
                   ("选手名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["交了报名费名单里没有我。", "报名成功了但是查不到名字。"],
             "result": ["是支付回调晚了，{doctor}老师{due}前把您补进名单，会发确认短信。"],
             "qa": [("号码布还能领吗？", "嗯嗯，能领，跟其他选手一起领。")]},
            {"open": ["想把半马改成十公里。"],
             "result": ["改项目可以，{doctor}老师{due}前帮您调过去，差价退回。"],
             "qa": [("要重新体检吗？", "嗯对，体检证明还是要交的。")]},
        ],
    },
    "kidsparty": {
        "companies": [("童趣星球儿童派对策划中心", "童趣星球儿童派对策划中心")],
        "acct_label": "派对预订单号",
        "verify": [("派对预订单号是多少？", "{acct_zh}。", ["account"]),
                   ("家长名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["派对场地被临时换了。", "订好的场地突然改了地方。"],
             "result": ["原场地会保留给您，{doctor}策划师{due}前跟您当面确认流程。"],
             "qa": [("气球布置还是原来的吗？", "嗯嗯，布置一样不少。")]},
            {"open": ["想给孩子办个十岁生日派对。"],
             "result": ["十岁的有三个主题，{doctor}策划师{due}前把方案发给您挑。"],
             "qa": [("能带家长一起参加吗？", "嗯对，家长可以陪着，人数算进去就行。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["鄢", "郗", "蹇", "商", "佴", "冶", "伊", "桓", "粟", "谌", "宿", "皮", "印", "巢", "须", "农"]
DOCTORS = SURNAMES           # the master, the teacher, the manager, the planner ... by surname
NAMES = ["鄢志远", "郗雅琴", "蹇德明", "商晓雯", "佴国庆", "冶红梅", "伊子涵", "桓建军", "粟美玲", "谌浩然",
         "宿桂英", "皮春生"]
AREAS = ["槐花巷", "东风新村", "南门小区", "梧桐路", "石桥胡同", "临河里"]
CITIES = ["九江", "赣州", "上饶", "景德镇", "萍乡", "宜春", "抚州", "吉安"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["还有，节前申请的退款到账了没有？", "另外，我放假前留的言有人处理吗？"]
HOLD2_AGENT = "您节前申请的退款昨天已经原路退回了，到账短信应该也收到了。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
