# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind4`` (dev only): a blind evaluation set for issue 11.

Written from call-centre service norms (服务规范 / 服务禁语 / hold etiquette), without reading the
QA rules' phrase lists or configuration, and without reusing the phrasings of heldout_text.py
(set 1-3): other centres (bank card centre, broadband, 95598-style power, e-commerce, airline,
insurance, logistics, a 12345-style citizens' hotline), other openings, closings, hold
announcements and returns, other 服务禁语 wordings, and hard negatives (customers saying rude or
taboo-like things, agents using taboo-ish words innocently, read-backs ending 「对吗？」).

The table names are those of heldout_text.py, so heldout.plan_call_heldout speaks either module.
Keep the sentences here out of reports and READMEs: the set measures generalisation only while
nobody tunes on them.  ``lint()`` checks the invariants the truth labels rely on.
"""
import sys

from text_checks import lint_tables, slot_asker

HO_DOMAINS_LIST = ["bank", "telecom", "power", "ecommerce", "airline", "insurance", "logistics", "citizen"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has
# 嗯 啊 呃 or a standalone 那个 / 这个 / 就是 / 然后 / 额 (as determiners inside a clause they are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["嗯", "啊", "呃"]
HO_FILLER_ALONE = ["那个", "这个", "就是", "然后", "额", "就是说"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a greeting, the centre and/or the
# agent's number, an offer of service; some in forms that are unusual but acceptable.
HO_GREETINGS = [
    "您好，{hotline}，{agent_zh}号话务员为您服务，请问您有什么需要？",
    "您好，这里是{hotline}，我是{agent_zh}号服务代表，很高兴接到您的来电，请问您想咨询哪方面的业务？",
    "{tod}，感谢您致电{hotline}，工号{agent_zh}，请问我能为您做些什么？",
    "您好，{hotline}，{agent_zh}号坐席，请问有什么事情我可以帮到您？",
    "您好，{hotline}，我是客服小{agent_surname}，工号{agent_zh}，您请说。",
    "您好，欢迎来电{hotline}，客服专员{agent_zh}号为您解答，请问您遇到什么情况了？",
    "您好！{hotline}，工号{agent_zh}，请问您需要办理哪一项业务？",
]
# Not standard: no polite greeting, no centre, no agent number, a curt invitation at most.
HO_BAD_GREETINGS = ["喂？说吧，什么事。", "喂，听得见吗？你说。", "客服，你有什么事？", "喂，这边是售后，你说吧。",
                    "你好，说一下你的问题。", "喂，什么情况？"]

# ---- closings
HO_CLOSING_ASK = ["您看还有没有其他需要我协助的地方？", "除了这个问题，您还有别的想了解的吗？",
                  "还有其他我能帮上忙的吗？", "其他方面您还有什么疑问吗？"]
HO_CLOSING_CUST = ["没有了，谢谢啊。", "暂时没了。", "没别的了，多谢。", "不用了，就这个事。", "没有了，辛苦你。"]
HO_CLOSING_BYE = {
    None: ["好的，感谢您的耐心，祝您生活顺心，再见。",
           "不客气，谢谢您的来电，有需要随时联系我们，再见。",
           "那就不打扰您了，谢谢您的来电，祝您工作顺利，再见。",
           "感谢您的支持，稍后会有一条满意度短信，麻烦您给个评价，再见。",
           "好的，谢谢您对我们工作的理解，祝您一切顺利。"],
    "bank": ["感谢您的来电，祝您用卡愉快，再见。"],
    "telecom": ["感谢您的来电，祝您上网顺畅，再见。"],
    "power": ["感谢您对供电工作的支持，再见。"],
    "ecommerce": ["感谢您的来电，祝您购物愉快，再见。"],
    "airline": ["谢谢您的来电，祝您旅途平安，再见。"],
    "insurance": ["感谢您的来电，祝您和家人平安健康，再见。"],
    "logistics": ["谢谢您的来电，祝您收件顺利，再见。"],
    "citizen": ["感谢您对热线工作的支持，再见。"],
}
HO_CLOSING_CUST_BYE = ["再见。", "好，拜拜。", "嗯，再见。", "", ""]
# Not standard (missing_closing): no thanks, no farewell, an abrupt end.
HO_BAD_CLOSINGS = ["行，那先挂了。", "好，没别的事就这样。", "那你等着吧。", "可以了，你去办吧。",
                   "就这样，有事再打。", "好，结束了。"]
HO_BAD_CLOSING_CUST = ["那行吧。", "哦，好。", "就这样？", "嗯，好吧。"]

# ---- holds: announcements in other words than the usual 请稍等 (asking not to hang up, saying
# what the agent will do, asking for a moment), thanks on return, returns without thanks.
HO_HOLD_ANNOUNCE = ["您别挂机，我帮您调一下记录，大概需要半分钟。", "我帮您查一下，请您稍候片刻。",
                    "您先拿着电话别挂，我到系统里给您看看。", "这个需要跟后台核对，麻烦您在线等我一下。",
                    "我去请示一下我们组长，您保持通话就好。", "我现在给您查询，中间会有一段等待音乐，您不要挂断。",
                    "给我一点时间，我把您的记录调出来看看。"]
HO_HOLD_THANKS = ["感谢您的等待，记录已经调出来了。", "让您久等了，情况是这样的。", "谢谢您耐心等候，我这边查到了。",
                  "您好，久等了，已经帮您核实好了。", "多谢您稍等，我看过了。"]
HO_THANKS_WORDS = ["久等", "谢谢", "感谢", "等候", "等待", "多谢"]
ANNOUNCE_RE = "挂|稍候|等我|查|核|时间|保持通话"   # what every announcement above has
# words a return without thanks, or the line before an unannounced hold, must not have
NOT_ANNOUNCING = ["稍等", "稍候", "查一下", "挂", "等我", "时间"]
HO_RESUME_NO_THANKS = ["喂，您好，您还在听吗？", "好，我看到了。", "查到了，是这样的。", "喂，您这边还在吧？",
                       "行，系统里显示出来了。"]
HO_UNANNOUNCED_PRE = ["好的，明白了。", "收到。", "知道了。", None, None]

HO_ACK_AGENT = ["好的，您的情况我了解了。", "明白了，我记录一下。", "清楚了。", "好，收到您的反馈。"]
HO_ACK_CUST = ["哦，好的。", "行。", "明白。", "那好。", "可以。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["嗯。", "嗯嗯。", "对。", "好的。", "对对。", "是。"]
HO_CUST_BC = ["嗯。", "哦。", "对。", "好。", "嗯嗯。", "是的。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_understanding", "你说的那个我还是搞不清楚。", "我说的已经很明白了，是您自己理解有问题。", "您自己理解有问题"),
    ("blame_understanding", "那到底是哪天扣款？", "这个我刚才不是说过了吗，您怎么就听不懂呢？", "怎么就听不懂"),
    ("blame_understanding", "你再给我讲一遍吧。", "连这个都不懂，我再说也没用。", "连这个都不懂"),
    ("refuse_responsibility", "这个事情你们能不能负责到底？", "这不是我们部门的事，您自己找别人去。", "不是我们部门的事"),
    ("refuse_responsibility", "你帮我转一下相关部门吧。", "我转不了，您自己打别的号码问吧。", "您自己打别的号码问"),
    ("refuse_responsibility", "那这个损失谁来承担？", "那是您自己的问题，跟我们无关。", "跟我们无关"),
    ("read_yourself", "这个条款是什么意思？", "合同上都写着，您自己看看不就知道了。", "您自己看看不就知道了"),
    ("read_yourself", "页面上那个按钮在哪里？", "页面上都有提示，您自己慢慢找吧。", "您自己慢慢找吧"),
    ("read_yourself", "费用是怎么算的？", "短信里都写了，您自己去翻。", "您自己去翻"),
    ("take_or_leave", "这个方案我不太能接受。", "就这一个方案，您要就要，不要拉倒。", "不要拉倒"),
    ("take_or_leave", "能不能再给我便宜一点？", "价格就这样，您嫌贵可以不买。", "您嫌贵可以不买"),
    ("take_or_leave", "我觉得这样处理不公平。", "公司就是这么规定的，您接受不了我也没办法。", "接受不了我也没办法"),
    ("impatience", "你等一下，我找个笔记一下。", "您抓紧点，后面还有人排队呢。", "您抓紧点"),
    ("impatience", "我想再问问上次那个事。", "怎么又问这个，您有完没完？", "有完没完"),
    ("impatience", "你能再重复一遍吗？", "我没时间一遍一遍跟您解释。", "没时间一遍一遍跟您解释"),
]
HO_FORBIDDEN_REACT = ["你什么态度？", "叫你们领导来听电话。", "我要给你差评。", "你这人怎么这样？"]
# Agent hard negatives: taboo-ish words in acceptable service language.
HO_LOOKALIKES = [
    ("blame_understanding", "我没明白你的意思。", "可能是我没讲清楚，我换个说法再跟您解释一遍。"),
    ("blame_understanding", "你能听懂我说的吗？", "能听懂的，您说的情况我都记下来了。"),
    ("refuse_responsibility", "这是不是你们的问题？", "这个问题确实是我们这边的原因，给您添麻烦了。"),
    ("refuse_responsibility", "这件事归你们管吗？", "这个归我们负责，您不用再去找别的部门了。"),
    ("read_yourself", "我能自己在软件里看吗？", "可以，您自己在软件里也能看到，我也可以现在帮您念一下。"),
    ("take_or_leave", "这个方案我要是不接受呢？", "如果您不接受这个方案，我们还可以再给您申请其他的处理方式。"),
    ("impatience", "不好意思，我说得太慢了。", "不要紧，您按自己的节奏说就行。"),
    ("impatience", "你们能派人上门吗？", "可以上门，不知道您是否方便明天上午在家？"),
    ("refuse_responsibility", "这么晚了还能办吗？", "这个不是问题，线上二十四小时都可以办理。"),
    ("refuse_responsibility", "我是不是打错电话了？", "没有打错，这个业务就是我们这边办理的。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("你们这帮人就是不负责任，一天到晚推来推去。", "非常理解您的心情，这件事我来跟进，一定给您一个交代。"),
    ("你是不是听不懂人话？我说了好几遍了。", "抱歉让您着急了，我把您说的要点重复一下，您看对不对。"),
    ("你自己去看看你们的系统，别老问我。", "好的，我这就在系统里帮您查看。"),
    ("爱怎么弄怎么弄吧，我不管了。", "您别生气，我们一定尽快帮您处理好。"),
    ("你快点行不行，我赶时间。", "好的，我尽量简短地跟您说明。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我跟你说，我这个包裹已经一个星期没有动静了，物流信息一直停在中转站，打电话给网点也没人接，我真的不知道该找谁了。",
    "你们上个月多扣了我一笔钱，我查了账单才发现，打了两次电话都说会退，可是到现在一分钱都没有退回来。",
    "我家这个月停了三次电，每次都是晚上，家里老人小孩都受不了，你们到底有没有人管这个事情。",
    "我就是想问清楚，当初办的时候说好的是免费的，现在每个月都在扣费，这不是明摆着骗人吗。",
]
HO_INTERRUPT_AGENT = [
    "好的，我已经看到您的记录了，现在马上给您登记一个加急处理单。",
    "您说的这个情况我这边可以直接处理，我先帮您把这笔费用冻结起来。",
    "明白明白，我先给您讲讲现在的处理进度，网点已经在安排了。",
    "这个问题我们已经在排查了，我先跟您讲一下我们这边的处理方案。",
]
HO_EARLY_AGENT = [
    "那我现在就给您讲讲后续怎么办，首先我们会在今天下午安排专人核实，然后再把结果用短信发给您。",
    "好，那我这边的建议是先把旧的申请撤回来，重新提交一次，这样审核会快很多。",
    "这个您放心，我们会按照规定给您补偿，具体的金额审核通过以后会通知您。",
]
HO_EARLY_CUST = ["等等，你先听我说，我不是这个意思。", "不对不对，我要的不是这个方案。", "你等一下，我还有个情况没说。"]
HO_AFTER_INTERRUPT_CUST = ["你让我把话说完行吗？", "行吧，你说。", "我话还没说完呢。"]
HO_AFTER_EARLY_AGENT = ["对不起，打断您了，您接着说。", "不好意思，您先讲。"]

# ---- generic follow-ups (customer, agent)
HO_GENERIC_QA = [
    ("你们周末上班吗？", "我们全年无休，周末和节假日都有人工服务。"),
    ("办这个要收手续费吗？", "这项业务是免费办理的，不收取任何手续费。"),
    ("我能不能让家里人帮我办？", "可以，委托家人办理的话，需要带上您本人的证件和一份委托书。"),
    ("这个结果多久能出来？", "一般三到五个工作日，处理完会有短信提醒您。"),
    ("我怎么知道办好了没有？", "办好以后系统会自动给您发短信，您也可以随时来电查询进度。"),
    ("你能把刚才说的发给我吗？", "可以，我现在就把办理说明用短信发给您。"),
    ("打这个电话收费吗？", "拨打我们的热线是免费的，不收取通话费。"),
    ("要是我办错了能撤回吗？", "提交后两小时内可以撤回，超过时间的话再联系我们帮您处理。"),
    ("我上次反映的问题有人跟进吗？", "有的，系统显示已经有专人在跟进，预计本周内会联系您。"),
    ("你们有没有线下的网点？", "有的，全市一共有二十多个网点，我可以把离您最近的网点发给您。"),
    ("我年纪大了，手机用不好，怎么办？", "没关系，您可以直接到网点办理，也可以随时来电让我们帮您操作。"),
    ("那我还需要准备什么材料吗？", "不需要准备别的材料，带上您本人的有效证件就可以了。"),
    ("你们会不会回访？", "会的，处理完成后会有回访专员跟您联系。"),
    ("我有点急，能不能今天就办好？", "我帮您备注一下加急，今天之内尽量给您处理完。"),
]
HO_CUST_DETAIL = [
    "我已经为这个事跑了好几趟了。",
    "我现在在外地出差，没办法去现场。",
    "这个问题困扰我好长时间了。",
    "我刚刚在网上查了半天也没弄明白。",
]
HO_CUST_SEARCH = ["你等会，我拿一下卡。", "稍等，我看一下短信。"]
HO_CUST_FILLER_OPEN = ["嗯，", "呃，", "啊，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["您的手机号码再说一次好吗？", "请问您的联系电话是？"],
    "name": ["您怎么称呼来着？", "请问您的名字是？"],
    "id": ["身份证号后六位麻烦再报一下？"],
    "account": ["您的{acct_label}再报一下？", "麻烦您再说一下{acct_label}。"],
    "address": ["您的地址再说一遍？", "请问您的住址是？"],
}
HO_SLOT_ANSWER = {
    "phone": "手机号是{phone_zh}。", "name": "我叫{name}。", "id": "后六位是{id6_zh}。",
    "account": "{acct_label}是{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["我不是说过了吗，", "", "又要说一遍，"]
HO_READBACK = {
    "phone": ["我核对一下，您的手机号是{phone_zh}，对吗？"],
    "name": ["您的姓名是{name}，对吗？"],
    "id": ["身份证号后六位{id6_zh}，我核对一下，对吗？"],
    "account": ["{acct_label}{acct_zh}，我复述一遍，对吗？"],
    "address": ["地址是{address}，我核对一下，对吗？"],
}
HO_READBACK_CUST = ["对的。", "没错。", "对。", "是的。"]
HO_NEW_ASK = {
    "phone": ("有结果了能通知我吗？", "可以，请问您希望我们打哪个电话联系您？", "打{phone_zh}就行。",
              "好的，回访电话已经记下了。"),
    "name": ("要登记我的名字吗？", "要的，请问您怎么称呼？", "我姓{surname}。", "好的，已经登记好了。"),
    "address": ("能派人过来看一下吗？", "可以，请问具体的地址是？", "{address}。", "好的，已经帮您约好上门了。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证"]),
                    ("account", ["卡号", "账号", "户号", "单号", "编号"]),
                    ("name", ["姓名", "名字", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话"])]


# the slot an agent line asks for, or None (read-backs ending 对吗 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ["提供一下", "再报", "再说", "说一下", "报一下"], read_backs=("对吗", "新的"))


# ---- domains
HO_DOMAINS = {
    "bank": {
        "companies": [("汇通银行信用卡中心", "汇通银行信用卡中心")],
        "acct_label": "卡号后八位",
        "verify": [("请您报一下持卡人姓名和身份证号后六位。", "持卡人是{name}，后六位是{id6_zh}。", ["name", "id"]),
                   ("请问您的卡号后八位是多少？", "是{acct_zh}。", ["account"])],
        "issues": [
            {"open": ["我这个月的账单怎么多了一笔年费？", "你好，我信用卡被扣了一笔年费，我想问问怎么回事。"],
             "result": ["这笔年费是因为您去年刷卡没有满六次，我可以帮您申请一次减免，减免后三个工作日内退回。"],
             "qa": [("以后还会再扣吗？", "今年刷满六次就可以免掉下一年的年费。")]},
            {"open": ["我想把信用卡额度提高一点。"],
             "result": ["根据您的用卡情况，可以为您临时调高到{limit2}元，有效期三十天。"],
             "qa": [("能不能永久提额？", "永久额度需要系统综合评估，您可以三个月后再申请。")]},
            {"open": ["我的卡好像被盗刷了，收到一条陌生的消费短信。"],
             "result": ["已经帮您把卡片临时冻结了，这笔{amount}元的交易我们会提交调查。"],
             "qa": [("钱能追回来吗？", "调查确认是盗刷的话，这笔钱会全额退还给您。")]},
        ],
    },
    "telecom": {
        "companies": [("星联通信客服中心", "星联通信客服中心")],
        "acct_label": "宽带账号",
        "verify": [("请问您的宽带账号是多少？", "账号是{acct_zh}。", ["account"]),
                   ("请您提供一下装机地址。", "{address}。", ["address"])],
        "issues": [
            {"open": ["我家宽带从昨天晚上开始就连不上了。", "网速特别慢，看视频一直卡。"],
             "result": ["检测到您家线路有故障，已经给您派了维修单，师傅会在四个小时之内联系您。"],
             "qa": [("维修要不要钱？", "线路故障的维修是免费的。")]},
            {"open": ["我想把套餐换成便宜一点的。"],
             "result": ["可以为您办理，新套餐下个月一号生效，每个月是{min_amount}元。"],
             "qa": [("换了以后网速会变慢吗？", "新套餐是三百兆，日常使用完全够用。")]},
        ],
    },
    "power": {
        "companies": [("东江供电服务热线", "东江供电服务热线")],
        "acct_label": "用电户号",
        "verify": [("请问您的用电户号是多少？", "户号是{acct_zh}。", ["account"]),
                   ("请您说一下用电地址。", "{address}。", ["address"])],
        "issues": [
            {"open": ["我们小区突然停电了，什么时候能来电？", "你好，我家停电了，邻居家也没电。"],
             "result": ["您所在的区域是线路临时检修，预计今天下午四点前恢复供电。"],
             "qa": [("以后停电能提前通知吗？", "计划停电我们会提前三天发短信通知。")]},
            {"open": ["这个月电费怎么比上个月高了这么多？"],
             "result": ["您家这个月的用电量比上个月多了将近一倍，主要是空调用电增加了，电费是{amount}元。"],
             "qa": [("能不能上门帮我查一下电表？", "可以为您预约校验电表，如果电表没有问题，校验是免费的。")]},
        ],
    },
    "ecommerce": {
        "companies": [("乐淘商城客服中心", "乐淘商城客服中心")],
        "acct_label": "订单号",
        "verify": [("请问您的订单号是多少？", "订单号是{acct_zh}。", ["account"]),
                   ("请问您下单的手机号是？", "{phone_zh}。", ["phone"])],
        "issues": [
            {"open": ["我买的衣服尺码不合适，想退货。", "我收到的鞋子有质量问题，开胶了。"],
             "result": ["已经为您提交了退货申请，快递员明天上门取件，退款会在收到货以后原路退回。"],
             "qa": [("运费谁出？", "因为是质量问题，来回运费都由我们承担。")]},
            {"open": ["我的订单显示已签收，可是我根本没收到。"],
             "result": ["我已经联系了配送站点，他们会在今天之内核实，如果确实丢件，我们会给您重新发货。"],
             "qa": [("要等多久？", "最晚明天中午之前会给您回复。")]},
        ],
    },
    "airline": {
        "companies": [("鹏程航空客服中心", "鹏程航空客服中心")],
        "acct_label": "会员卡号",
        "verify": [("麻烦您说一下旅客姓名和身份证号后六位。", "旅客是{name}，后六位是{id6_zh}。", ["name", "id"]),
                   ("请问您的会员卡号是多少？", "会员卡号是{acct_zh}。", ["account"])],
        "issues": [
            {"open": ["我的航班延误了，想问一下什么时候能起飞。", "我明天去{city}的航班是不是取消了？"],
             "result": ["您的航班因为天气原因延误，预计起飞时间推迟两个小时，最新动态会用短信通知您。"],
             "qa": [("能改签吗？", "可以免费改签到当天其他航班，目前下午还有座位。")]},
            {"open": ["我想给行李多买十公斤额度。"],
             "result": ["可以为您加购，十公斤是{amount}元，支付成功后会发确认短信。"],
             "qa": [("在机场买会不会更贵？", "机场柜台购买价格会高一些，提前在线上买比较划算。")]},
        ],
    },
    "insurance": {
        "companies": [("康盛保险客服中心", "康盛保险客服中心")],
        "acct_label": "保单号码",
        "verify": [("麻烦您报一下保单号码。", "保单号码是{acct_zh}。", ["account"]),
                   ("请问投保人的姓名和手机号码是？", "投保人是{name}，手机是{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["我住院了，想问一下怎么申请理赔。", "我上个月做了个手术，能报销吗？"],
             "result": ["您的保单包含住院医疗保障，您把出院小结和发票拍照上传，审核后十个工作日内赔付。"],
             "qa": [("发票要原件吗？", "线上申请上传照片就可以，不需要邮寄原件。")]},
            {"open": ["我想把保费的扣款银行卡换一张。"],
             "result": ["已经为您登记了变更，下一期保费会从新卡扣款。"],
             "qa": [("变更以后要重新签合同吗？", "不需要的，保单的其他内容都不变。")]},
        ],
    },
    "logistics": {
        "companies": [("迅邦物流客服中心", "迅邦物流客服中心")],
        "acct_label": "运单号",
        "verify": [("请问您的运单号是多少？", "运单号是{acct_zh}。", ["account"]),
                   ("请问收件人的电话是？", "{phone_zh}。", ["phone"])],
        "issues": [
            {"open": ["我的快递三天了还没送到。", "你好，我寄的包裹显示一直在运输中。"],
             "result": ["您的包裹目前在{city}转运中心，因为件量比较大耽误了，预计明天送达。"],
             "qa": [("能不能送到家门口？", "可以，我给快递员备注送货上门。")]},
            {"open": ["我收到的包裹外箱破了，里面的东西摔坏了。"],
             "result": ["已经为您登记了破损理赔，理赔专员会在二十四小时内联系您。"],
             "qa": [("要不要保留包装？", "麻烦您先保留好外包装和物品，方便专员核实。")]},
        ],
    },
    "citizen": {
        "companies": [("海州市幺二三四五市民服务热线", "海州市幺二三四五市民服务热线")],
        "acct_label": "工单编号",
        "verify": [("请问您反映的地址是在哪里？", "{address}。", ["address"]),
                   ("请问您怎么称呼，联系电话是多少？", "我叫{name}，电话是{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["我们小区门口的路灯坏了半个多月了，晚上特别黑。", "我想反映一下楼下的噪音问题，烧烤摊开到凌晨。"],
             "result": ["您反映的情况已经形成工单，转交给属地街道办理，五个工作日内会有工作人员联系您。"],
             "qa": [("要是他们不处理呢？", "工单办理情况我们会跟踪督办，您也可以对办理结果进行评价。")]},
            {"open": ["我想问一下办居住证需要什么材料。"],
             "result": ["办理居住证需要身份证、租房合同和近期照片，到所在社区的服务中心就可以办理。"],
             "qa": [("多久能拿到？", "一般十五个工作日可以领取，办好后会短信通知您。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["郭", "何", "罗", "梁", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "萧", "田", "董"]
DOCTORS = SURNAMES           # the shared slot maker draws a {doctor}; no blind4 template uses it
NAMES = ["郭晓燕", "何志明", "罗佳慧", "梁建国", "宋雨婷", "唐海涛", "许丽君", "韩东升", "冯秀兰", "邓凯",
         "曹静怡", "彭立新"]
AREAS = ["翠湖花园", "金桂苑", "南山新村", "枫林小区", "丽景湾", "和平里社区"]
CITIES = ["青岛", "昆明", "合肥", "福州", "沈阳", "南宁", "太原", "贵阳"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these when present).
HOLD2_CUST = ["你再帮我看看上次登记的那个事有没有进展。", "顺便帮我查一下之前那张工单办得怎么样了。"]
HOLD2_AGENT = "记录显示上次的工单已经派给专人处理，这周之内会给您答复。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
