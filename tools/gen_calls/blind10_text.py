# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind10`` (dev only): the tenth blind evaluation set for issue 11.

Written by a new writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette), without
reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py or blind8_text.py.  Eight
business lines none of them had, in other registers: a notary office's very formal enquiry line, a
university admissions hotline, brisk mobile-game support, airport lost-and-found and moving-company
lines, a terse campus card office, warm elderly-care booking and solar water-heater installer desks.
Other 工号 forms (工牌, 接线生, 工位号, 导办员, 专线客服, 服务工位), offers of help (one a choice
question), closings, hold announcements and returns, 服务禁语 in seven families, faster customers
with longer turns, and hard negatives.

As in blind8_text.py, a clean agent line may carry 啊 as a sentence-final particle (是啊, 好啊) and
嗯 fused into a yes (嗯对, 嗯嗯): only a 嗯 / 啊 / 呃 standing as a clause of its own is a tic.

The table names are those of heldout_text.py, so heldout.plan_call_heldout speaks this module.
Keep the sentences here out of reports and READMEs: the set measures generalisation only while
nobody tunes on them.  ``lint()`` checks the invariants the truth labels rely on.
"""
import sys

from text_checks import lint_tables, slot_asker

HO_DOMAINS_LIST = ["notary", "admissions", "game", "lostfound", "moving", "campuscard", "eldercare", "solar"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number (工牌 / 接线生 / 工位号 / 导办员 / 专线客服 / 服务工位), an offer of help.  Two
# are unusual but acceptable: the agent's number before the centre, and an offer as a choice
# question (enquiry or transaction).
HO_GREETINGS = [
    "您好，{hotline}，工牌{agent_zh}，您遇到啥情况了？",
    "您好您好，{hotline}这边，{agent_zh}号接线生为您服务，您慢慢说。",
    "{tod}，{hotline}恭候您的来电，本人工位号{agent_zh}，敬请告知您需要办理的事项。",
    "您好，{hotline}，导办员{agent_zh}号，请讲事由。",
    "哈喽您好，{hotline}，我是客服{agent_zh}号小{agent_surname}，有啥我能帮上的？",
    "您好，{hotline}欢迎您，服务工位{agent_zh}号，请问您是咨询还是办理？",
    "您好，我是{agent_zh}号专线客服，这里是{hotline}，您请讲。",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["哪里找？快点。", "喂，这边挺忙，长话短说。", "接起来了，啥问题？", "怎么又打来了？讲。",
                    "你是哪个？有啥事直说。", "喂喂，听不清，大声点说。"]

# ---- closings
HO_CLOSING_ASK = ["您这边其他方面还有需要我跟进的吗？", "还有哪件事要一起处理的？",
                  "请问尚有其他事宜需要本热线协助吗？", "其他的还有疑问没有？"]
HO_CLOSING_CUST = ["没有了，你们也辛苦。", "就这个事儿。", "暂时就这些。", "没了，挺清楚的。",
                   "没了，回头有事再找你们。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; three without 再见
# (thanks plus wishes), which is acceptable.
HO_CLOSING_BYE = {
    None: ["那今天就先聊到这儿，谢谢您，再见。",
           "感谢您耐心听完，祝您万事如意，再见。",
           "好嘞，谢谢您打过来，有需要随时找我们，再见。",
           "谢谢您的来电，谨祝您顺遂安康。",
           "不客气，谢谢您，祝您生活舒心。"],
    "notary": ["衷心感谢您的来电，敬祝您一切安好，再见。"],
    "admissions": ["感谢您对本校的关注，预祝孩子金榜题名，再见。"],
    "game": ["谢谢您的支持，祝您游戏愉快，再见。"],
    "lostfound": ["谢谢您的耐心，祝您一路顺风，再见。"],
    "moving": ["谢谢您，祝您乔迁大吉，再见。"],
    "campuscard": ["谢谢您打来，再见。"],
    "eldercare": ["谢谢您的信任，祝您和家里老人都安康，再见。"],
    "solar": ["谢谢您，祝您家热水天天足。"],
}
HO_CLOSING_CUST_BYE = ["好嘞好嘞，再见。", "辛苦了，再见。", "拜拜。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["好，就到这，挂了。", "行，事情办完，不聊了。", "单子我提了，等着吧。", "差不多了，你那边看着办。",
                   "别的没了吧，收线。", "完了，下回再说。"]
HO_BAD_CLOSING_CUST = ["啊？这就挂了？", "哦，那行。", "这就完事了？", "好吧，就这样呗。"]

# ---- holds: announcements in unusual but clear words (put the phone down but don't cut the line,
# don't ring off, keep by the phone, formal "hold the line", wait on the line, don't put the
# phone away, soft music while I contact someone), thanks on return in other words (劳驾, 辛苦,
# 过意不去, 耐着性子), returns without thanks.
HO_HOLD_ANNOUNCE = ["我去档案柜把原件调过来比对，电话您先搁桌上，别断线。",
                    "您这边先别收线，我打个内线问一下库房那边。",
                    "麻烦您守着电话，我去工单系统里给您翻一翻。",
                    "请您持线勿断，本人需向主任请示后再行答复。",
                    "我去跟安装师傅对个时间，您在线上等着就好。",
                    "给我半分钟，我把系统切到另一个页面查，您电话别放。",
                    "接下来线路里会放一段轻音乐，我同步去联系机构的护理主管。"]
ANNOUNCE_RE = "别断线|别收线|守着电话|持线勿断|在线上等着|电话别放|轻音乐"
HO_HOLD_THANKS = ["谢谢您守着电话，库房那边有回音了。", "劳驾您等了这么半天，主任已经答复了。",
                  "让您干等这么久，实在过意不去，时间对好了。", "多谢您耐着性子，记录我翻到了。",
                  "您辛苦了，感谢等候，护理主管那边同意了。"]
HO_THANKS_WORDS = ["谢谢", "感谢", "多谢", "劳驾", "辛苦", "过意不去", "久等", "劳您", "有劳"]
HO_RESUME_NO_THANKS = ["库房那边回了，东西在。", "喂，这边接上了，我继续。", "主任的意见出来了，是这样。",
                       "行，我这边看完了，说一下。", "您那头能听清吧？接着讲。"]
HO_UNANNOUNCED_PRE = ["这个情况清楚了。", "好嘞。", "我晓得了。", None, None]
# words a return without thanks, or the line before an unannounced hold, must not have
NOT_ANNOUNCING = ["等", "稍", "挂", "断线", "收线", "守着", "持线", "在线", "电话别放", "音乐", "片刻", "马上",
                  "一会儿", "别走开", "静音", "别放"]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic)
HO_ACK_AGENT = ["是啊，碰到这种事谁都着急，我这就跟进。", "好啊，就按这个时间给您排上。", "收到，这件事我盯着。",
                "我听明白了，给您记在单子上。"]
HO_ACK_CUST = ["嗯，行吧。", "啊，原来是这样。", "那好，我心里有数了。", "懂了懂了。", "可以。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["嗯。", "嗯嗯。", "对。", "是是。", "好。", "哦。"]
HO_CUST_BC = ["嗯。", "啊。", "哦哦。", "对的。", "行。", "晓得。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "我的游戏账号怎么被封了？", "封号肯定是您开了外挂，系统不会冤枉人。", "肯定是您开了外挂"),
    ("blame_customer", "热水器装好第二天就漏水了。", "漏水多半是您家水压太高，那是您自己家管子的毛病。", "您自己家管子的毛病"),
    ("blame_customer", "校园卡充了钱怎么没到账？", "充错了卡怨不得别人，您当时就该看仔细。", "怨不得别人"),
    ("refuse_responsibility", "我的行李在你们机场丢的，你们得负责。", "丢东西是航空公司的事，机场不背这个锅。", "机场不背这个锅"),
    ("refuse_responsibility", "搬家师傅把我的柜子磕坏了。", "师傅是外包的，您直接找他本人索赔，公司这边不掺和。", "公司这边不掺和"),
    ("refuse_responsibility", "录取通知书到现在还没收到。", "通知书寄出去学校就管不着了，您问快递公司要。", "您问快递公司要"),
    ("do_it_yourself", "这个公证材料清单能发我一份吗？", "清单官网上挂着，自己下下来打，我们不负责一份一份发。", "我们不负责一份一份发"),
    ("do_it_yourself", "你们能派人帮我把热水器温度调一下吗？", "调温度就拧个阀门，说明书上有图，照着弄就是了。", "照着弄就是了"),
    ("do_it_yourself", "养老院的床位怎么在网上预约？", "网上点点就能约，家里又不是没年轻人，让他们弄。", "让他们弄"),
    ("take_or_leave", "搬家价格能不能再便宜点？", "报价就这个数，嫌贵您换别家。", "嫌贵您换别家"),
    ("take_or_leave", "能不能帮我改一下领取时间？", "领取时间就周二上午，过了这村没这店。", "过了这村没这店"),
    ("take_or_leave", "补办校园卡要收二十块？太贵了吧。", "二十块是规定，交不交随您。", "交不交随您"),
    ("impatience", "我再想一下要选哪个套餐。", "您想好了再打过来，别在电话里耗着。", "别在电话里耗着"),
    ("impatience", "你能再给我讲一遍流程吗？", "刚讲完您又要听，怎么左耳进右耳出的。", "左耳进右耳出"),
    ("impatience", "你让我找支笔记一下。", "赶紧的，我这边一堆电话排着呢。", "一堆电话排着呢"),
    ("sarcasm", "你们装一台热水器怎么要等两个礼拜？", "两个礼拜还嫌久？那您自己造一台呗。", "那您自己造一台呗"),
    ("sarcasm", "我就想问问我儿子能不能被录取。", "能不能录取，我又不是算命的。", "我又不是算命的"),
    ("sarcasm", "我丢的是个很贵的包。", "这么贵的包都舍得往座位上一扔，您可真大方。", "您可真大方"),
    ("talking_down", "什么叫公证认证，我没听懂。", "这么基础的概念都不懂，难怪材料会交错。", "这么基础的概念都不懂"),
    ("talking_down", "我不太会在手机上充值。", "现在小学生都会的东西，您学学吧。", "小学生都会"),
    ("talking_down", "这个游戏的规则我看不太懂。", "看不懂就别玩了，这游戏不适合您。", "这游戏不适合您"),
]
HO_FORBIDDEN_REACT = ["你们就是这么服务客户的？", "把你们领导的电话给我。", "你这样说话合适吗？", "我要找你们上级反映。"]
# Agent hard negatives: taboo-ish words in acceptable service language; four answer the yes-no
# question with 嗯对 / 嗯嗯 (look-alikes are reached far more surely than small talk).
HO_LOOKALIKES = [
    ("blame_customer", "是不是我自己点了什么东西才被封号的？", "不是您的原因，是系统误判，我已经提交解封，两小时内恢复。"),
    ("blame_customer", "是不是我家水压太高了才漏水？", "跟您家水压无关，是接头没拧紧，属于我们安装的问题，明天上门免费处理。"),
    ("refuse_responsibility", "这个事归你们管吗？", "嗯对，归我们管，您不用再跑别的地方，我这边一直跟到底。"),
    ("refuse_responsibility", "我要不要自己去找航空公司？", "不用您去找，我们跟航空公司有协作通道，我来联系。"),
    ("do_it_yourself", "我自己能在网上约床位吗？", "嗯嗯，能自己约，您要是不方便，我现在直接帮您约上。"),
    ("take_or_leave", "补卡的钱能不能免了？", "二十元工本费是学校统一标准，不过首次补办可以申请减免，我帮您提交。"),
    ("impatience", "我想慢慢考虑选哪个，不着急吧？", "嗯嗯，不着急，您想好了随时打过来，我们都在。"),
    ("sarcasm", "你们是不是会算命，啥都知道？", "哪里哪里，都是系统里查得到的信息，您放心。"),
    ("talking_down", "我是老人家，手机不太会弄。", "很多人刚开始都不熟，我一步一步陪您操作。"),
    ("talking_down", "这个规则是不是挺难懂的？", "嗯对，刚接触是会觉得复杂，我给您捡最要紧的三条讲。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("你们这帮人就知道收钱不干活。", "您的不满我听到了，今天这件事我给您办利索。"),
    ("跟你说话真费劲。", "是我表达得不够清楚，我换个说法讲给您。"),
    ("少跟我打官腔。", "好的，我直接说结果。"),
    ("你们单位迟早要关门。", "您的意见我会如实反馈，先帮您把眼前的事处理好。"),
    ("你是不是新来的，啥都不会？", "我做这行有几年了，您的情况我查得到，这就给您答复。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我爸住进你们那个养老机构才半个月，上周去看他，床单好几天没换，护工喊半天也不来，老人家自己又不好意思说，我看着心里特别难受。",
    "我在航站楼二楼的洗手间落了一个黑色双肩包，里面有电脑和护照，当时找了半天没人理我，上了飞机才发现，都过去五个小时了。",
    "你们那个搬家师傅说好八点到，九点半才来，来了又说楼梯太窄要加钱，加了三百不说，还把我家冰箱门磕了一个坑。",
    "我儿子今年高考六百二十分，报了你们学校的计算机专业，结果网上显示退档了，电话打了一上午都没人接，我们全家都急坏了。",
]
HO_INTERRUPT_AGENT = [
    "床单和护工的事我现在就通知院长，今天下午给您整改到位。",
    "您的包我这边已经查到登记了，电脑和护照都在。",
    "加收的三百块我做主退给您，冰箱门我们照价赔偿。",
    "退档的原因我这就帮您查，您先别着急。",
]
HO_EARLY_AGENT = [
    "我先把办法跟您讲清楚，安装师傅明天上午重新过去，漏水的接头免费换，耽误您用水这两天给您多加一个月保修。",
    "我的建议是先把补办申请交上去，旧卡里的余额会自动转到新卡，整个过程不用您再跑一趟。",
    "这边可以先给您预留一个双人间的床位，周五之前来看房都行，不满意随时可以取消。",
]
HO_EARLY_CUST = ["你等一下，我话还没问完。", "先别急着给办法，我要说的不是这个。", "哎你听我说，情况不一样。"]
HO_AFTER_INTERRUPT_CUST = ["你能不能先让我说完？", "算了，你说吧。", "我这还没说完呢。"]
HO_AFTER_EARLY_AGENT = ["不好意思，我抢话了，您请说。", "您说，我这边记着。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics)
HO_GENERIC_QA = [
    ("是不是周末也能办？", "嗯对，周六周日照常受理。"),
    ("那是不是还得再跑一趟？", "嗯嗯，还得来一趟，不过十分钟就办完。"),
    ("你们晚上开到几点？", "人工服务到晚上九点，九点以后可以留言。"),
    ("能把结果发到我微信上吗？", "好啊，您关注一下我们的公众号，结果会推送过去。"),
    ("这种情况多吗？", "是啊，这个季节挺常见的，处理起来有固定流程。"),
    ("需要本人到场吗？", "本人到场最好，实在来不了可以委托家属。"),
    ("办完有没有回执？", "有回执，短信和纸质的都有。"),
    ("你们这个电话会录音吗？", "会录音的，为的是保障双方的权益。"),
    ("能刷卡付吗？", "可以刷卡，也支持扫码支付。"),
    ("我今天提交，最快什么时候有消息？", "最快明天中午，最晚三个工作日。"),
    ("要不要提前预约？", "建议提前一天预约，现场排队会短很多。"),
    ("我是外地的，也可以办吗？", "外地的也能办，没有户籍限制。"),
    ("有没有人工窗口？", "有人工窗口，在一楼大厅东侧。"),
    ("你们会打电话回访吗？", "办完三天内会有回访，来电显示是我们的热线。"),
]
# Longer customer turns than the earlier sets'.
HO_CUST_DETAIL = ["是这样的，我在外地上班，这事儿一直是我妈在弄，她年纪大了说不清楚，我今天请了半天假专门来问问。",
                  "我之前在网上留言问过一次，回复说会有人联系我，等了一个礼拜也没人打过来，所以我直接打热线了。",
                  "说来话长，我尽量简单点讲，中间要是哪里没说清楚您随时问我。",
                  "我跟您讲一下大概经过，上个月月初办的，当时说半个月就好，现在都月底了还没动静。",
                  "我这边有点吵，在公交车上呢，您说话大声一点我就能听见。"]
HO_CUST_SEARCH = ["你等我一下，我去找找那张单子。", "我翻一下手机里的短信，很快。"]
HO_CUST_FILLER_OPEN = ["嗯，", "呃，", "啊，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["您的手机号码能再念一遍吗？"],
    "name": ["您的全名再说一下好吗？"],
    "id": ["证件号后六位麻烦再念一下？"],
    "account": ["{acct_label}再念一遍给我好吗？"],
    "address": ["您的地址再说一遍行吗？"],
}
HO_SLOT_ANSWER = {
    "phone": "手机{phone_zh}。", "name": "{name}。", "id": "后六位是{id6_zh}。",
    "account": "{acct_label}是{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["刚才报过了呀，", "", "行，再说一次，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["跟您确认一下，手机{phone_zh}，是这个号吧？"],
    "name": ["跟您确认一下，登记的名字是{name}，没错吧？"],
    "id": ["跟您确认一下，证件后六位{id6_zh}，对吗？"],
    "account": ["跟您确认一下，{acct_label}{acct_zh}，是吧？"],
    "address": ["跟您确认一下，地址{address}，对不对？"],
}
HO_READBACK_CUST = ["对，没错。", "是这个。", "嗯，是的。", "对的对的。"]
HO_NEW_ASK = {
    "phone": ("有进展能打给我吗？", "可以，留个能打通的电话吧？", "{phone_zh}。", "好，回访电话登上了。"),
    "name": ("要登记我名字吗？", "嗯对，要登记，您怎么称呼？", "{name}。", "好的，名字写在单子上了。"),
    "address": ("能不能派师傅上门？", "可以上门，您的地址是？", "{address}。", "好，上门地址登好了。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]), ("account", ["卡号", "账号", "户号", "单号", "编号"]),
                    ("name", ["姓名", "名字", "全名", "贵姓", "称呼"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话"])]
ASK_MARKERS = ["念一遍", "念一下", "再说", "报一下", "告诉我", "提供", "是多少"]


# the slot an agent line asks for, or None (read-backs 「跟您确认一下…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("确认一下",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so several
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).
HO_DOMAINS = {
    "notary": {
        "companies": [("明正公证处咨询服务热线", "明正公证处咨询服务热线")],
        "acct_label": "公证申请编号",
        "verify": [("烦请您提供公证申请编号。", "编号是{acct_zh}。", ["account"]),
                   ("请问申请人的姓名及联系电话？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["我要出国读书，学历公证需要准备什么材料？", "孩子要去国外念书，想办个学历公证。"],
             "result": ["学历公证请携带毕业证书原件和本人有效身份证件，本处受理后五个工作日出证，如需译文另加两个工作日。"],
             "qa": [("可以加急吗？", "可办理加急，三个工作日出证，加急费依规定收取。")]},
            {"open": ["我想咨询一下遗嘱公证怎么办理。"],
             "result": ["遗嘱公证须由立遗嘱人本人亲自到场办理，本处将全程录音录像，以确保意思表示真实。"],
             "qa": [("老人行动不便怎么办？", "符合条件的，公证员可以上门办理，需提前预约。")]},
        ],
    },
    "admissions": {
        "companies": [("江南理工大学招生咨询热线", "江南理工大学招生咨询热线")],
        "acct_label": "考生编号",
        "verify": [("请提供考生编号。", "{acct_zh}。", ["account"]),
                   ("请提供考生姓名和身份证后六位。", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["孩子的录取状态显示退档，想问问是什么原因。", "网上查到孩子被退档了，我们完全不知道怎么回事。"],
             "result": ["经查询，所报专业要求数学单科一百二十分以上，考生未达到，档案已退回省招办，可以参加征集志愿。"],
             "qa": [("征集志愿什么时候填？", "省招办会在本周四发布征集计划，请留意官网通知。")]},
            {"open": ["录取通知书一般什么时候寄出？"],
             "result": ["录取通知书七月二十五日起统一用特快专递寄出，寄出后凭考生编号可以查物流。"],
             "qa": [("宿舍可以自己选吗？", "新生宿舍统一分配，入学后可以申请调换。")]},
        ],
    },
    "game": {
        "companies": [("星火互娱玩家服务中心", "星火互娱玩家服务中心")],
        "acct_label": "游戏账号",
        "verify": [("游戏账号报一下。", "{acct_zh}。", ["account"]),
                   ("绑定的手机号是多少？", "{phone_zh}。", ["phone"])],
        "issues": [
            {"open": ["我的账号突然被封了七天，我什么都没干啊。", "登录的时候提示账号异常，被限制了。"],
             "result": ["查到了，是风控系统误判，已经给您解封了，补偿的{min_amount}个钻石会通过游戏邮件发给您。"],
             "qa": [("以后还会被误封吗？", "已经给您的账号加了白名单，同样的情况不会再出现。")]},
            {"open": ["我充了钱，点券一直没到账。"],
             "result": ["这笔充值卡在支付回调了，我这边已经手动补发，{amount}点券现在应该到账了，您重新登录看看。"],
             "qa": [("充值能开票吗？", "嗯对，可以开电子发票，在充值记录里点申请就行。")]},
        ],
    },
    "lostfound": {
        "companies": [("滨海国际机场失物招领服务台", "滨海国际机场失物招领服务台")],
        "acct_label": "失物登记编号",
        "verify": [("失物登记编号报一下。", "{acct_zh}。", ["account"]),
                   ("您的联系电话？", "{phone_zh}。", ["phone"])],
        "issues": [
            {"open": ["我早上在安检口落了一个充电宝和一副耳机。", "我在候机厅座位上落了一个黑色双肩包。"],
             "result": ["查到了，东西在三号航站楼失物招领处，保管期三十天，本人带身份证来取，也可以付费邮寄。"],
             "qa": [("邮寄多少钱？", "省内二十元，省外三十元，到付也可以。")]},
            {"open": ["我的托运行李到了目的地少了一件。"],
             "result": ["托运行李由承运航空公司负责查找，我已经把您的行李牌号转过去，他们两小时内给您回电。"],
             "qa": [("要是找不到了怎么赔？", "按航空公司规定按重量赔偿，办了保价的按保价赔。")]},
        ],
    },
    "moving": {
        "companies": [("快搬搬家服务热线", "快搬搬家服务热线")],
        "acct_label": "搬运订单号",
        "verify": [("订单号多少？", "{acct_zh}。", ["account"]),
                   ("搬出地址是？", "{address}。", ["address"])],
        "issues": [
            {"open": ["师傅把我家衣柜磕坏了一个角。", "搬家的时候我的冰箱门被撞了一个坑。"],
             "result": ["损坏的家具按维修报价全额赔，定损师傅明天下午上门拍照，赔款三个工作日打给您。"],
             "qa": [("搬家费还要全付吗？", "这一单的搬家费给您打八折，差额退回。")]},
            {"open": ["我下周六想搬家，两室一厅，大概多少钱？"],
             "result": ["两室一厅同城搬运，一辆厢货加三位师傅，一共八百元，五楼以上没电梯的另加一百。"],
             "qa": [("大件要拆装吗？", "嗯嗯，床和衣柜的拆装都包含在价格里。")]},
        ],
    },
    "campuscard": {
        "companies": [("南湖大学校园卡服务中心", "南湖大学校园卡服务中心")],
        "acct_label": "校园卡号",
        "verify": [("报一下校园卡号。", "{acct_zh}。", ["account"]),
                   ("学生姓名？", "{name}。", ["name"])],
        "issues": [
            {"open": ["卡丢了，要挂失。", "校园卡找不着了，怕被别人刷。"],
             "result": ["已挂失，卡内余额冻结。补卡带学生证到一食堂二楼窗口，工本费二十元，当场取。"],
             "qa": [("余额会转到新卡吗？", "嗯对，补卡后余额自动转入。")]},
            {"open": ["食堂刷卡扣了两次钱。"],
             "result": ["重复扣款已核实，{min_amount}元明天退回卡内。"],
             "qa": [("要去窗口领吗？", "不用，自动退到卡上。")]},
        ],
    },
    "eldercare": {
        "companies": [("福寿康养老服务预约中心", "福寿康养老服务预约中心")],
        "acct_label": "服务档案编号",
        "verify": [("您家老人的服务档案编号是多少呀？", "{acct_zh}。", ["account"]),
                   ("老人家的姓名和身份证后六位方便说一下吗？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["我想给我妈约一个日间照料，她白天一个人在家我不放心。", "我爸腿脚不方便，想问问能不能白天送过去照看。"],
             "result": ["可以的，日间照料每天早上八点接、下午五点送，包午餐和午休，每月一千八百元，下周一就能开始。"],
             "qa": [("有医生在吗？", "嗯对，每天有护士驻点，每周二和周五还有全科医生来巡诊。")]},
            {"open": ["护工照顾得不太上心，我想换一个。"],
             "result": ["给您换一位有护理证的护工，今天下午就交接，换人不收任何费用。"],
             "qa": [("新护工会说方言吗？", "嗯嗯，会说本地话，跟老人家沟通没问题。")]},
        ],
    },
    "solar": {
        "companies": [("阳光暖居太阳能热水器安装服务部", "阳光暖居太阳能热水器安装服务部")],
        "acct_label": "安装单号",
        "verify": [("麻烦报一下安装单号。", "{acct_zh}。", ["account"]),
                   ("安装地址是哪里呢？", "{address}。", ["address"])],
        "issues": [
            {"open": ["热水器装好才一个礼拜，水管那里就一直滴水。", "楼顶的热水器漏水，滴到邻居家阳台上了。"],
             "result": ["这属于安装质量问题，明天上午九点到十一点师傅上门免费处理，材料费也不用您出。"],
             "qa": [("师傅来之前我要准备什么吗？", "把楼顶的门打开就行，工具师傅都带着。")]},
            {"open": ["冬天热水不够热，洗到一半就凉了。"],
             "result": ["冬天日照短，您把电辅助加热打开，设在五十五度，一般够一家三口用。"],
             "qa": [("开电加热费电吗？", "一天大概多用两度电，不算多。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["柯", "聂", "温", "符", "庞", "岳", "严", "金", "牛", "葛", "毛", "倪", "康", "白", "顾", "向"]
DOCTORS = SURNAMES           # the shared slot maker draws a {doctor}; no blind10 template uses it
NAMES = ["柯文博", "聂小青", "温建军", "符海燕", "庞志远", "岳秀英", "严可欣", "金永福", "葛晓雯", "毛卫国",
         "倪佳佳", "顾长青"]
AREAS = ["荷塘小区", "凤凰台", "康乐里", "龙湖雅园", "锦江苑", "书香门第小区"]
CITIES = ["佛山", "芜湖", "九江", "淄博", "宜昌", "大理", "丹东", "喀什"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["对了，我上回提的那个申请现在走到哪一步了？", "再问一句，我之前登记的那件事处理完没有？"]
HOLD2_AGENT = "您之前登记的事已经处理完毕，短信通知会发到您的手机上。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
