# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind19`` (dev only): the nineteenth blind evaluation set for issue 11.

Written by a nineteenth writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette),
without reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py,
blind10_text.py, blind11_text.py, blind12_text.py, blind13_text.py, blind14_text.py,
blind15_text.py, blind16_text.py, blind17_text.py or blind18_text.py.  Eight business lines none
of them had, in other registers: a calligraphy-supplies shop (literati, classical turns of
phrase), a bonsai nursery (slow, gardener's patience), a coach-tour operator (dispatcher-like,
organised), a second-hand-book buyer (chatty, street-wise), a stage-lighting rental firm
(backstage crew, technical and quick), a pottery studio (arty, easy-going), a document-shredding
service (confidential, compliance-formal) and an archery range (sporty, safety-minded).  The
calls come in on the busy evening shift: tired agents, callers of all ages.  Other 工号 forms
(夜班客服, 门市接待, 调度台, 收书专员, 器材部, 安全员 numbers ...), offers of help, closings, hold
announcements and returns in other words, 服务禁语 in seven families, and hard negatives.

Two openings are unusual but acceptable: one tells the caller the day staff have gone home and
the night agent will see the matter through; one, in the calligraphy shop's classical register,
asks the caller to give their instructions.

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

HO_DOMAINS_LIST = ["calligraphy", "bonsai", "coachtour", "usedbooks", "stagelight", "pottery", "shredding", "archery"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说", "那么"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number in a form no earlier writer used, an offer of help.  Two are unusual but
# acceptable: the night agent says the day staff have left and they will see it through; the
# calligraphy shop's classical 「恭候吩咐」.
HO_GREETINGS = [
    "您好，{hotline}，夜班客服{agent_zh}号小{agent_surname}，这么晚打来一定是有急事，您说说看。",
    "{tod}，{hotline}门市接待，接待牌{agent_zh}号，您想买点什么还是问点什么？",
    "您好，{hotline}调度台，调度员{agent_zh}号，行程上的事都可以找我。",
    "您好，{hotline}，收书专员{agent_zh}号，家里有书要出手还是想淘几本？",
    "{tod}，这边是{hotline}器材部，{agent_zh}号值晚班，演出上缺什么跟我讲。",
    "您好，{hotline}，白天的同事都下班了，我是夜间值守{agent_zh}号，您的事我接着办到底，请讲。",
    "{tod}，{hotline}，敝处接待{agent_zh}号，姓{agent_surname}，恭候您吩咐。",
    "您好，{hotline}，安全员兼前台{agent_zh}号，预约、课程、场地都能帮您安排。",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["干嘛？", "都几点了还打？", "有话快讲，要下班了。", "嗯哼，谁啊？", "又怎么了？",
                    "你找错地方了吧？"]

# ---- closings
HO_CLOSING_ASK = ["今晚还有哪件事要我一起落实的吗？", "除了这个，还有没跟我讲到的吗？", "其余的还有什么拿不准的地方？",
                  "趁我还在线上，您还有想交代的吗？"]
HO_CLOSING_CUST = ["没了，就这个。", "行了，够清楚了。", "没有了，谢了啊。", "暂时想不起别的了。", "就这些。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; one without 再见
# (thanks plus wishes), which is acceptable.
HO_CLOSING_BYE = {
    None: ["这么晚还麻烦您打过来，谢谢您，晚安，再见。",
           "谢谢您的来电，早点休息，再见。",
           "感谢您一直这么配合，事情办好我会通知您，再见。",
           "感谢您的理解，祝您今晚睡个好觉。",
           "好，那就先这样，谢谢您，再见了您呐。"],
    "calligraphy": ["谢谢您惠顾小店，祝您笔下生花，再见。"],
    "bonsai": ["谢谢您这么爱惜这盆树，祝它越长越精神，再见。"],
    "coachtour": ["感谢您选我们的车队出行，祝一路顺风，再见。"],
    "usedbooks": ["谢谢您把书交给我们，祝这些书找到新主人，再见。"],
    "stagelight": ["谢谢您用我们的灯，祝您演出圆满成功，再见。"],
    "pottery": ["谢谢您来玩泥巴，祝您的作品烧出好颜色，再见。"],
    "shredding": ["感谢您对我们保密工作的信任，祝您工作顺利，再见。"],
    "archery": ["谢谢您来练箭，祝您箭箭上靶，再见。"],
}
HO_CLOSING_CUST_BYE = ["好，辛苦了，拜拜。", "谢谢啊，晚安。", "嗯，再见。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["行了，挂了。", "就这么着吧，明天再说。", "没事了吧，我这要交班了。", "剩下的找白班去。",
                   "好，结了。", "你看着办吧。"]
HO_BAD_CLOSING_CUST = ["这就完了？", "喂？还在吗？", "行，随你们。", "那我明天再打吧。"]

# ---- holds: announcements in other words (hold the receiver while I go to the back, the line goes
# quiet for a bit, wait on the line, don't end the call, stay online, don't hang up, I'll put you
# on the waiting line); thanks on
# return in other words; returns without thanks; all of them fit any centre (heldout draws them
# apart from the call's domain).
HO_HOLD_ANNOUNCE = ["我得去后面仓库翻一下，您先拿着话筒别撂，我去去就来。",
                    "晚上系统有点慢，我查的这段时间线上会安静一阵，您别以为断了。",
                    "我去找值班经理商量商量，您在线上稍候，别挂。",
                    "您稍等片刻，我把单子从头到尾对一遍，电话您先别结束。",
                    "我去库里点一点数量，请您保持在线，一分来钟。",
                    "这个得打内线问师傅，您这边先不要挂断，我很快回来。",
                    "我暂时把您接到等待线上，核完马上接回来。"]
ANNOUNCE_RE = "话筒别撂|会安静一阵|在线上稍候|电话您先别结束|保持在线|不要挂断|等待线上"
HO_HOLD_THANKS = ["谢谢您一直拿着电话，仓库里找到了。", "让您干等这么久，实在抱歉，经理同意了。",
                  "久等了您，单子对完了，一样不差。", "感谢您耐心候着，数量点清了，够用。",
                  "劳您等了一阵子，师傅说今晚就能处理。"]
HO_THANKS_WORDS = ["谢谢", "感谢", "多谢", "久等", "久候", "麻烦您", "辛苦", "抱歉", "不好意思", "劳驾", "有劳", "难为",
                   "让您等", "耽搁", "劳烦", "过意不去", "干等", "空等", "对不住", "耐心", "多亏", "劳您", "耽误", "占用",
                   "耐着性子", "谢了", "谢啦", "候着", "等了"]
HO_RESUME_NO_THANKS = ["仓库里找到了，还剩最后两件。", "经理同意了，按老价格给您算。", "单子对完了，一样不差。",
                       "数量点清了，够用。", "师傅说今晚就能处理好。"]
HO_UNANNOUNCED_PRE = ["好，我翻翻今天的登记本。", "我问问后头的师傅。", "行，我对一对数。", None, None]
# words a return without thanks, or the line before an unannounced hold, must not have
NOT_ANNOUNCING = ["等", "稍", "挂", "候", "线上", "在线", "别收", "搁", "音乐", "提示音", "片刻", "马上", "一会儿",
                  "一下", "别走", "静音", "安勿躁", "回来", "断", "旋律", "握着", "安静", "结束通话", "离开", "听筒",
                  "保留", "没声音", "端着", "放下", "线路", "电话", "别放", "拿着", "小曲", "撂", "多待", "保持",
                  "走开", "接回", "不挂", "通话", "一阵", "暂停", "挂机", "掉线", "座位", "一分钟", "话筒", "去去就来",
                  "很快", "内线", "接到"]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic).  Two are hard
# negatives: a look-alike of a hold announcement (the agent has the answer at hand: no hold
# follows) and a look-alike of a closing (thanks and 晚安 in mid-call, to a caller who said they
# were about to sleep).
HO_ACK_AGENT = ["是啊，晚上打来的人反倒多，您不是头一个。", "好啊，那就照您的意思办。",
                "用不着让您等，记录就在我眼前。", "谢谢您提醒，我差点看漏了，咱们接着说。"]
HO_ACK_CUST = ["哦，明白。", "原来如此。", "行，行。", "嗯，好的。", "那好吧。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["嗯。", "嗯嗯。", "对。", "明白。", "好。", "您说。"]
HO_CUST_BC = ["嗯。", "噢。", "行。", "嗯嗯。", "是是。", "好。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "毛笔才用了三次就开叉了。", "开叉都是您洗完没理顺笔锋，好笔也经不起这么糟蹋。", "经不起这么糟蹋"),
    ("blame_customer", "盆景拿回家一个月叶子全黄了。", "叶子黄了只能怪您浇水太勤，树是好好的送过去的。", "只能怪您浇水太勤"),
    ("blame_customer", "我做的杯子烧出来裂了。", "坯子是您自己拉的，烧裂了说明您手艺不到家。", "您手艺不到家"),
    ("refuse_responsibility", "大巴上丢了一个包。", "车上丢东西我们一概不管，谁丢的谁自己想办法。", "一概不管"),
    ("refuse_responsibility", "租的灯演出当天坏了两台。", "灯出了库房就是您的事，坏了别回头赖到库房头上。", "别回头赖到库房头上"),
    ("refuse_responsibility", "销毁证明上的日期写错了。", "证明是系统出的，有错您找开发系统的公司。", "找开发系统的公司"),
    ("do_it_yourself", "宣纸生宣熟宣怎么选？", "网上一搜一大把，您自个儿查去。", "您自个儿查去"),
    ("do_it_yourself", "灯光控台怎么接线？", "说明书在箱子里，看不懂那是您的问题。", "看不懂那是您的问题"),
    ("do_it_yourself", "射箭馆的停车场在哪？", "导航会吧？自己导过来，这还用问客服。", "这还用问客服"),
    ("take_or_leave", "旧书能不能多给点钱？", "就这个价，爱卖不卖，收书的又不止您一家。", "爱卖不卖"),
    ("take_or_leave", "包车能不能便宜两百？", "价格没得谈，嫌贵您坐火车去。", "嫌贵您坐火车去"),
    ("take_or_leave", "陶艺课能不能改到周末？", "课表就这么排的，改不了，不行就退。", "不行就退"),
    ("impatience", "我再确认一遍，大巴几点发车？", "七点七点七点，我嘴皮子都快磨破了。", "嘴皮子都快磨破了"),
    ("impatience", "盆景换盆的事我想多问几句。", "您长话短说，我这边一晚上接了几十个了。", "您长话短说"),
    ("impatience", "文件销毁的流程能不能再讲讲？", "刚讲完您又问，我都讲烦了。", "我都讲烦了"),
    ("sarcasm", "旧书能不能按原价收？", "按原价收，那我们收书的喝西北风去。", "喝西北风去"),
    ("sarcasm", "能不能保证我第一次射箭就打十环？", "第一次就十环，您该去参加奥运选拔了。", "参加奥运选拔"),
    ("sarcasm", "盆景能不能一年长到一米高？", "一年一米高，您种的是竹子吧。", "您种的是竹子吧"),
    ("talking_down", "墨汁和墨锭有什么区别？", "这都分不清，还学什么书法。", "还学什么书法"),
    ("talking_down", "灯光的色温是什么意思？", "干这行的连色温都不懂，您还是换个人来对接吧。", "换个人来对接"),
    ("talking_down", "碎纸和销毁有什么不一样？", "这么简单的事跟您说了您也未必明白。", "您也未必明白"),
]
HO_FORBIDDEN_REACT = ["你怎么跟客人说话的？", "我要投诉你这个态度。", "这话你敢跟你们老板说吗？", "你叫什么，几号？"]
# Agent hard negatives: taboo-ish words in acceptable service language; five answer the yes-no
# question with 嗯对 / 嗯嗯 (look-alikes are reached far more surely than small talk).
HO_LOOKALIKES = [
    ("blame_customer", "毛笔开叉是不是我洗的方法不对？", "不一定是您的原因，您寄回来我们看看笔头，是质量问题给您换支新的。"),
    ("blame_customer", "叶子发黄是我浇多了吗？", "嗯嗯，有这个可能，不过也可能是换了环境不适应，我教您看土的干湿。"),
    ("refuse_responsibility", "车上丢了东西你们管不管？", "嗯对，我们管，我马上联系司机在车上找。"),
    ("refuse_responsibility", "灯坏了是不是得我自己赔？", "先别急着说赔，我们派技术员过去看，正常损耗不用您出钱。"),
    ("do_it_yourself", "说明书我看不太懂，能问你吗？", "嗯嗯，当然能，您跟着我一步一步来接。"),
    ("do_it_yourself", "停车场是不是导航能找到？", "嗯对，导航搜射箭馆北门就到，我再把路线发您一份。"),
    ("take_or_leave", "旧书的价钱还能再商量吗？", "成套的和有签名的可以加价，我按高一档给您估。"),
    ("impatience", "我问得这么细，你不嫌烦吧？", "嗯嗯，不烦，问清楚了您才放心。"),
    ("impatience", "这么晚还问这么多，不好意思啊。", "没关系，晚上本来就是我们的班，您慢慢问。"),
    ("sarcasm", "第一次射箭能上靶吗？", "第一次一般都能上靶，教练会先教您站姿。"),
    ("talking_down", "我是外行，色温这种问题会不会很傻？", "一点都不傻，色温就是灯光偏暖还是偏冷，我给您举个例子。"),
    ("talking_down", "墨汁和墨锭我分不清，丢人吗？", "嗯对，很多人都分不清，这很正常，我给您讲讲各自的好处。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("你们晚上的客服是不是都在睡觉？", "让您着急了，我一直在，这件事今晚我就给您落实。"),
    ("你们这种小作坊就会骗人。", "您的火气我理解，咱们先把账目一条一条对清楚。"),
    ("下回再也不找你们了。", "这次是我们没做好，您给我个机会把它补救过来。"),
    ("我看你们就是故意拖着不办。", "没有故意拖，是我们流程慢了，我现在就给您加急。"),
    ("你这客服有什么用，叫个管事的来。", "我能处理的我现在就处理，处理不了的我请主管明早第一个给您回电。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我们单位明天一早六点半就要出发去外地，包的那辆大巴刚才司机打电话说车坏了来不了，五十多个人都已经通知好了，我现在真的不知道该怎么办。",
    "我们剧团后天晚上就要首演，租的那批追光灯今天下午装上去试了一下，有三台一直闪，灯光师说再这样演出肯定出事，我跑了好几家都借不到。",
    "我上周把家里老人留下的一箱旧书卖给你们，结果今天才发现里面夹着一本老人的日记，那个对我们家特别重要，我想问问还能不能找回来。",
    "我们公司上礼拜送去销毁的那批合同，今天审计说要看销毁证明，可我到现在都没收到，领导一直在催，我这边已经被问了好几次了。",
]
# long enough (12 字) that even the fastest agent of this set talks over the caller for >= 1.5 s
HO_INTERRUPT_AGENT = [
    "这个我现在就给您调一辆备用车。",
    "您先别慌，我立刻叫技术员过去。",
    "我马上让仓库把那一箱单独找出来。",
    "证明我今晚就给您补开一份发过去。",
]
HO_EARLY_AGENT = [
    "我们的包车服务是这样的，四十五座的大巴一天一千六，含司机食宿和过路费，超过十个小时按每小时一百二另算，出发前一天晚上调度会把司机电话发给您。",
    "陶艺体验课分手捏和拉坯两种，手捏适合小朋友，拉坯适合大人，每节课两个小时，作品上釉以后要进窑烧，大概两周后才能来取，取之前我们会短信通知。",
    "我们的销毁服务分上门和送件两种，上门的会开着碎纸车到您单位楼下，全程您可以站在旁边看着，销毁完当场出证明，送件的三个工作日内出证明。",
]
# callers cut in with these: long enough to keep >= 1.5 s of talking over the agent
HO_EARLY_CUST = ["哎你等等，我就想问问今晚能不能办。", "先打住先打住，我那件事到底怎么样了？",
                 "对不起插一句，我时间不多，能直接说结果吗？"]
HO_AFTER_INTERRUPT_CUST = ["你让我把话说完行不行。", "我还没讲完呢。", "那你先说吧。"]
HO_AFTER_EARLY_AGENT = ["好的，您先讲，我听您的。", "不好意思，您请说。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics)
HO_GENERIC_QA = [
    ("你们晚上几点关门？", "前台晚上十点关，热线开到十二点。"),
    ("能刷信用卡吗？", "嗯对，信用卡和储蓄卡都能刷。"),
    ("价格包不包含税？", "报给您的都是含税价。"),
    ("能不能分两次付款？", "可以先付一半，完事再付另一半。"),
    ("明天一早有人接电话吗？", "嗯嗯，早上八点白班就上了。"),
    ("我能带朋友一起来吗？", "好啊，人多还能打九折。"),
    ("要不要提前预约？", "周末最好提前两天约。"),
    ("有没有上门服务？", "市区内都能上门，郊区加五十。"),
    ("开的发票是普票还是专票？", "两种都能开，看您需要。"),
    ("周末有没有优惠？", "工作日反而便宜些，周末原价。"),
    ("有问题能退吗？", "签收三天内有质量问题包退。"),
    ("你们店在哪个区？", "在老城区，离地铁站走路五分钟。"),
    ("学生有没有折扣？", "带上学生证，一律八五折。"),
    ("这个要等多久？", "一般两到三个工作日。"),
    ("晚上打电话会不会打扰你们？", "是啊，晚上反倒清静，您放心打。"),
    ("你们是正规的吧？", "营业执照就挂在店里，欢迎来看。"),
]
# Customers' long turns: callers of all ages, some tired after work, some elderly.
HO_CUST_DETAIL = ["我刚下班，白天实在抽不出空打电话。",
                  "我年纪大了，说得慢，你多担待。",
                  "孩子们都睡了，我才有空问问这件事。",
                  "这事拖了好几天了，今晚一定要问明白。",
                  "我先把前因后果跟你讲讲。"]
HO_CUST_SEARCH = ["你等等，我找找收据放哪了。", "我翻一下聊天记录，你稍等。"]
HO_CUST_FILLER_OPEN = ["嗯，", "呃，", "啊，", "呃，这个，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["麻烦您把手机号码再说一次？"],
    "name": ["麻烦您把姓名再说一次？"],
    "id": ["麻烦您把证件号码后六位再说一次？"],
    "account": ["麻烦您把{acct_label}再说一次？"],
    "address": ["麻烦您把地址再说一次？"],
}
HO_SLOT_ANSWER = {
    "phone": "我手机是{phone_zh}。", "name": "我是{name}。", "id": "{id6_zh}。",
    "account": "{acct_zh}。", "address": "地址是{address}。",
}
HO_REANSWER_PREFIX = ["我说过一遍了，", "", "哦，好，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["我念给您听，手机{phone_zh}，对不对？"],
    "name": ["我念给您听，您是{name}，对不对？"],
    "id": ["我念给您听，证件尾号{id6_zh}，对不对？"],
    "account": ["我念给您听，{acct_label}{acct_zh}，对不对？"],
    "address": ["我念给您听，地址是{address}，对不对？"],
}
HO_READBACK_CUST = ["对的。", "没错，是这个。", "嗯，对。", "对对对。"]
HO_NEW_ASK = {
    "phone": ("办好了能给我发个短信吗？", "嗯嗯，能发，您留个手机号码？", "{phone_zh}。", "好，已经记上了。"),
    "name": ("登记的时候写谁的名字？", "写联系人的，您的全名是？", "{name}。", "好，登记上了。"),
    "address": ("能给我送过来吗？", "嗯对，能送，送到什么地址？", "{address}。", "好，送货地点记下了。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]),
                    ("account", ["卡号", "账号", "编号", "单号"]),
                    ("name", ["姓名", "名字", "全名", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["重复一遍", "再报", "再说", "报一下", "说一下", "是多少", "告知", "提供", "留个", "给个"]


# the slot an agent line asks for, or None (read-backs 「我念给您听…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("我念给您听",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so most
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).
HO_DOMAINS = {
    "calligraphy": {
        "companies": [("墨韵斋文房四宝商行", "墨韵斋文房四宝商行")],
        "acct_label": "文房订购单号",
        "verify": [("请报一下您的文房订购单号。", "{acct_zh}。", ["account"]),
                   ("收货人的姓名和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["买的狼毫笔用了几次就掉毛。", "新毛笔一直掉毛。"],
             "result": ["新笔掉几根浮毛是常有的，掉得多就是笔头胶没上匀，{doctor}先生{due}前给您寄一支新的，旧笔不用寄回。"],
             "qa": [("新寄的是同一款吗？", "嗯嗯，同一款，这支是{doctor}先生亲手挑过的。")]},
            {"open": ["想给孩子配一套练字的文房四宝。"],
             "result": ["给孩子练字推荐兼毫笔配半生熟宣，一套一百六，{due}前下单送一本字帖，{doctor}先生会附上握笔要领。"],
             "qa": [("墨汁有没有味道？", "嗯对，有一点淡淡的墨香，不刺鼻。")]},
        ],
    },
    "bonsai": {
        "companies": [("松石居盆景园艺场", "松石居盆景园艺场")],
        "acct_label": "盆景养护卡号",
        "verify": [("您的盆景养护卡号是？", "{acct_zh}。", ["account"]),
                   ("登记人姓名和地址？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["买的黑松盆景叶子发黄了。", "我那盆松树不太精神。"],
             "result": ["松树换了地方要缓一阵，您这盆还在养护期，{doctor}师傅{due}上门看一看，该换土就换土，不收钱。"],
             "qa": [("这几天还要浇水吗？", "嗯嗯，土表面干了再浇，一次浇透。")]},
            {"open": ["想订一盆送人的迎客松。"],
             "result": ["迎客松有三个尺寸，中号最受欢迎，{due}前订可以刻字落款，由{doctor}师傅亲自造型。"],
             "qa": [("能送到外地吗？", "嗯对，专车送，带土带盆一起包好。")]},
        ],
    },
    "coachtour": {
        "companies": [("远程旅游包车客运公司", "远程旅游包车客运公司")],
        "acct_label": "包车合同编号",
        "verify": [("请说一下包车合同编号。", "{acct_zh}。", ["account"]),
                   ("联系人姓名和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["明天包的大巴说来不了了。", "司机说车坏了明天来不了。"],
             "result": ["已经给您换了一辆同型号的大巴，明早六点二十到您单位门口，司机是{doctor}师傅，车型和车牌今晚发到您手机上。"],
             "qa": [("换的车有空调吗？", "嗯嗯，新车，空调和行李舱都有。")]},
            {"open": ["想包一辆车去周边玩两天。"],
             "result": ["两天的线路我们有现成方案，含司机食宿，{due}前确定人数就行，到时由{doctor}师傅带队。"],
             "qa": [("司机能帮忙导游吗？", "嗯对，{doctor}师傅路很熟，沿途会给大家介绍。")]},
        ],
    },
    "usedbooks": {
        "companies": [("书虫二手书回收站", "书虫二手书回收站")],
        "acct_label": "收书登记编号",
        "verify": [("您的收书登记编号是多少？", "{acct_zh}。", ["account"]),
                   ("卖书人姓名和地址？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["卖给你们的书里夹着一本日记。", "我想找回一本混在旧书里的笔记本。"],
             "result": ["那批书还没上架，{doctor}师傅今晚就去库里一本一本翻，找到了{due}前给您送回去，不收任何费用。"],
             "qa": [("要是被别人买走了怎么办？", "嗯嗯，您放心，没整理的书不对外卖。")]},
            {"open": ["家里有几箱旧书想卖。"],
             "result": ["按品相和版本估价，教材和旧期刊按斤收，{due}之前{doctor}师傅可以上门收，当场结账。"],
             "qa": [("上门要收费吗？", "嗯对，市区上门免费，郊区收个油钱。")]},
        ],
    },
    "stagelight": {
        "companies": [("星耀舞台灯光租赁公司", "星耀舞台灯光租赁公司")],
        "acct_label": "灯具租赁单号",
        "verify": [("报一下您的灯具租赁单号。", "{acct_zh}。", ["account"]),
                   ("现场负责人的名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["租的追光灯有三台一直闪。", "灯光试装的时候出问题了。"],
             "result": ["多半是灯泡到寿命了，{doctor}工程师今晚带三台备用的过去，当场换上调好，首演前再上台检查一遍。"],
             "qa": [("备用的灯亮度一样吗？", "嗯嗯，同一型号，亮度一样。")]},
            {"open": ["想租一套婚礼用的灯光。"],
             "result": ["婚礼套餐含追光、染色灯和烟机，按天计费，{due}前确定场地，{doctor}工程师会先去现场看一看。"],
             "qa": [("需要我们自己装吗？", "嗯对，不用您装，我们包运输、安装和撤场。")]},
        ],
    },
    "pottery": {
        "companies": [("泥趣陶艺手作工作室", "泥趣陶艺手作工作室")],
        "acct_label": "陶艺课会员卡号",
        "verify": [("您的陶艺课会员卡号是？", "{acct_zh}。", ["account"]),
                   ("学员的名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["我做的杯子烧出来裂了。", "作品烧完有裂缝。"],
             "result": ["裂开多半是坯子太厚干得不匀，这次算我们的，{doctor}老师{due}陪您重做一个，烧制费免了。"],
             "qa": [("重做还能用原来的釉色吗？", "嗯嗯，釉色给您留着呢。")]},
            {"open": ["想带孩子来上一节体验课。"],
             "result": ["亲子体验课周六周日都有，一节两个小时，{due}还有空位，{doctor}老师带。"],
             "qa": [("孩子五岁能做吗？", "嗯对，五岁做手捏正合适。")]},
        ],
    },
    "shredding": {
        "companies": [("安信文件销毁服务中心", "安信文件销毁服务中心")],
        "acct_label": "销毁委托单号",
        "verify": [("请提供一下销毁委托单号。", "{acct_zh}。", ["account"]),
                   ("经办人的姓名和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["上周销毁的合同到现在没收到证明。", "销毁证明一直没寄来。"],
             "result": ["查到了，证明已经出了但是寄错了部门，{doctor}主管今晚补开一份电子版发您邮箱，纸质版{due}前送到。"],
             "qa": [("电子版审计认吗？", "嗯嗯，带公章的电子版审计也认。")]},
            {"open": ["公司有一批旧档案要销毁。"],
             "result": ["档案按箱计费，可以上门用碎纸车现场销毁，{due}前预约，由{doctor}主管带队，全程录像。"],
             "qa": [("我们能在旁边看着吗？", "嗯对，欢迎全程监督。")]},
        ],
    },
    "archery": {
        "companies": [("鸣镝射箭运动馆", "鸣镝射箭运动馆")],
        "acct_label": "射箭馆储值卡号",
        "verify": [("您的射箭馆储值卡号是？", "{acct_zh}。", ["account"]),
                   ("持卡人的名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["储值卡里的钱少了一次。", "卡里多扣了一次钱。"],
             "result": ["查了消费记录，是上次刷卡机重复扣了，已经给您退回卡里，{due}前到账，值班的{doctor}教练也知道这件事。"],
             "qa": [("退回来的钱还有赠送的吗？", "嗯嗯，赠送的部分也一起退回来。")]},
            {"open": ["想给公司团建订一场射箭。"],
             "result": ["团建套餐二十人起，含教练和护具，{due}的下午还有场地，{doctor}教练负责安全讲解。"],
             "qa": [("完全没玩过的能来吗？", "嗯对，先上十五分钟安全课就能射。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["郎", "尤", "沙", "冀", "杭", "幸", "巫", "晋", "荀", "仲", "时", "计", "危", "练", "付", "蒯"]
DOCTORS = SURNAMES           # the master, the gardener, the driver, the engineer, the teacher ... by surname
NAMES = ["郎雨桐", "尤嘉树", "沙文博", "冀若楠", "杭一鸣", "幸子涵", "巫星辰", "晋可欣", "荀立言", "仲思远",
         "时安然", "计晨曦"]
AREAS = ["文昌里", "槐荫小区", "北关新村", "鼓楼东巷", "铁塔花园", "清河苑"]
CITIES = ["开封", "洛阳", "太原", "石家庄", "保定", "邯郸", "大同", "安阳"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["对了，我上礼拜反映的那件事有结果了吗？", "另外，我之前提的那个意见有人管了吗？"]
HOLD2_AGENT = "您上礼拜反映的那件事已经处理完了，结果昨天发到您手机上了。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
