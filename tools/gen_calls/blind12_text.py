# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind12`` (dev only): the twelfth blind evaluation set for issue 11.

Written by a new writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette), without
reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py,
blind10_text.py or blind11_text.py.  Eight business lines none of them had, in other registers: a
very formal credit-reference enquiry line, a terse exit-entry (passport and permit) hotline, brisk
smart-parking and online-tutoring lines, warm hot-spring-resort and dental-clinic desks, an
optician's order line and a long-stay rental-apartment service desk.  Other 工号 forms (员工号,
热线代表, 服务编码, 前台管家, 专属顾问, 柜面编号, 值班专席, 客服经理), offers of help, closings, hold
announcements in unusual but clear words and returns, 服务禁语 in seven families, customers who
speak in long turns, and hard negatives.

As in the earlier blind texts, a clean agent line may carry 啊 as a sentence-final particle
(是啊, 好啊) and 嗯 fused into a yes (嗯对, 嗯嗯): only a 嗯 / 啊 / 呃 standing as a clause of its own is
a tic.

The table names are those of heldout_text.py, so heldout.plan_call_heldout speaks this module.
Keep the sentences here out of reports and READMEs: the set measures generalisation only while
nobody tunes on them.  ``lint()`` checks the invariants the truth labels rely on.
"""
import sys

from text_checks import lint_tables, slot_asker

HO_DOMAINS_LIST = ["credit", "exitentry", "parking", "tutoring", "hotspring", "dental", "optical", "apartment"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说", "那么"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number (员工号 / 热线代表 / 服务编码 / 前台管家 / 专属顾问 / 柜面编号 / 值班专席),
# an offer of help.  Two are unusual but acceptable: the number given last as a signature after
# the offer, and a greeting with a season's wish and no question (the agent waits).
HO_GREETINGS = [
    "您好，这里是{hotline}，员工号{agent_zh}，敬请告知您需要办理的业务。",
    "{tod}，{hotline}热线代表{agent_zh}号，请问您遇到了什么情况？",
    "您好，{hotline}，服务编码{agent_zh}，请问是咨询、预约还是投诉？",
    "{tod}呀，欢迎致电{hotline}，我是前台管家小{agent_surname}，管家号{agent_zh}，今天能为您安排点什么？",
    "您好，{hotline}，您的专属顾问{agent_zh}号在线，请问哪里需要我帮忙？",
    "您好，{hotline}，值班专席，请讲您的事由。本席编号{agent_zh}。",
    "您好，欢迎来电{hotline}，柜面编号{agent_zh}为您服务，祝您今天顺心，您请讲。",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["讲吧，我听着。", "喂喂，有事直说。", "哪位？什么情况？", "这边忙，长话短说。", "你说，啥事？",
                    "又打来了？讲。"]

# ---- closings
HO_CLOSING_ASK = ["请问除此之外，您名下是否还有需要一并查询的事项？", "还有别的要顺手办掉吗？",
                  "今天还想了解点别的什么吗？", "其他方面还有需要我跟进的地方吗？"]
HO_CLOSING_CUST = ["没有了，清楚了。", "别的没了。", "就这一件，办好就行。", "暂时想不起来，先这样。", "没了，你讲得挺细。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; two without 再见
# (thanks plus wishes), which is acceptable.
HO_CLOSING_BYE = {
    None: ["非常感谢您的耐心配合，祝您生活愉快，再见。",
           "谢谢您打来，有事随时找我们，再见。",
           "好嘞，感谢来电，祝您万事顺心。",
           "感谢您的理解与支持，本次通话到此结束，再见。",
           "谢谢您呀，祝您周末愉快。"],
    "credit": ["感谢您致电征信服务热线，祝您诸事顺遂，再见。"],
    "exitentry": ["谢谢，祝您出行顺利，再见。"],
    "parking": ["谢谢您，祝您停车顺畅，再见。"],
    "tutoring": ["感谢您的信任，祝孩子学习进步，再见。"],
    "hotspring": ["谢谢您的来电，祝您泡汤愉快，期待您光临，再见。"],
    "dental": ["谢谢您，祝您牙口健康，再见。"],
    "optical": ["感谢您的惠顾，祝您戴得舒适，再见。"],
    "apartment": ["谢谢您，祝您住得舒心，再见。"],
}
HO_CLOSING_CUST_BYE = ["好的，谢谢你，再见。", "谢了，挂了。", "行，辛苦了。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["就这样，挂吧。", "说完了，您自己留意短信。", "行，那没事了。", "其他的改天再讲。", "办好了，不用再打。",
                   "按我说的去做就行了。"]
HO_BAD_CLOSING_CUST = ["哦，就完了？", "这就挂啊？", "好吧。", "那我等着。"]

# ---- holds: announcements in unusual but clear words (hold the receiver, wait a moment on the
# line, don't hang up yet, the call put on quiet hold, wait while I check the ledger, stay put, I
# will pick the call back up), thanks on return in other words (耐心, 候着, 等这么久, 麻烦您了,
# 久等), returns without thanks.
HO_HOLD_ANNOUNCE = ["麻烦您拿着听筒候一候，我到系统里调一下档案。",
                    "接下来大约一分钟我要核对台账，这段时间请您先不要挂机。",
                    "我把通话调成静候状态，去问一下值班主管，您听到提示音也别挂。",
                    "您稍安勿躁，留在电话这头，我去前台那边看一眼房态。",
                    "我需要翻一下排班表，可能要一小会儿，劳驾您在线上等我。",
                    "我先把您这通电话搁一下，去找技术同事，回来接着跟您说，您先别收起手机。",
                    "请在线等候，我向上级部门调阅记录，完成后回到通话。"]
ANNOUNCE_RE = "候一候|不要挂机|静候|稍安勿躁|在线上等我|先别收起手机|在线等候"
HO_HOLD_THANKS = ["谢谢您候着，档案调出来了。", "感谢您耐心等我，台账核对完了。",
                  "让您等这么久，麻烦您了，主管已经同意。", "多谢您肯花时间等我，房态看过了。",
                  "您久等了，谢谢，技术同事那边有结论了。"]
HO_THANKS_WORDS = ["谢谢", "感谢", "多谢", "久等", "麻烦您", "辛苦", "抱歉", "不好意思", "劳驾", "有劳", "难为", "让您等"]
HO_RESUME_NO_THANKS = ["档案调出来了，情况是这样。", "台账对完了，没有问题。", "主管说可以，照这个办。",
                       "房态看过，还有空房。", "技术那边查明白了，是系统的事。"]
HO_UNANNOUNCED_PRE = ["您反映的问题我都记全了。", "好，情况记下了。", "行，这事我接住了。", None, None]
# words a return without thanks, or the line before an unannounced hold, must not have
NOT_ANNOUNCING = ["等", "稍", "挂", "候", "线上", "在线", "别收", "搁", "音乐", "提示音", "片刻", "马上", "一会儿",
                  "一下", "别走", "静音", "安勿躁", "回来"]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic)
HO_ACK_AGENT = ["是啊，遇上这种情况确实着急，我马上处理。", "好啊，就按您说的来安排。", "这个顾虑我理解，给您写进备注了。",
                "记下了，交给我来跟进。"]
HO_ACK_CUST = ["嗯，好的。", "啊，原来是这样。", "行，懂了。", "噢噢，清楚。", "那好。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["嗯。", "嗯嗯。", "对。", "好的。", "是的。", "明白。"]
HO_CUST_BC = ["嗯。", "啊。", "哦。", "对。", "好。", "嗯嗯。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "我的报告上怎么多了一笔逾期？", "逾期是您自己没按时还，记录又不会冤枉您。", "记录又不会冤枉您"),
    ("blame_customer", "车明明停好了，怎么还扣了我两次钱？", "您出场的时候肯定又扫了一次，是您操作重复了。", "是您操作重复了"),
    ("blame_customer", "配的眼镜戴着头晕。", "验光那天是您自己说看得清的，现在晕怪不到店里。", "现在晕怪不到店里"),
    ("refuse_responsibility", "房间的热水器坏了三天了。", "维修是物业那边的活，公寓这边不负责修东西。", "公寓这边不负责修东西"),
    ("refuse_responsibility", "我要补办的证件怎么还没寄到？", "寄件是邮政的事，跟我们窗口没有关系，您问邮局。", "跟我们窗口没有关系"),
    ("refuse_responsibility", "老师上课老是掉线。", "掉线多半是平台网络的毛病，老师那头归不到我们头上。", "归不到我们头上"),
    ("do_it_yourself", "异议申请怎么提交？", "官网上流程一步一步都写着，您自己看一遍就会了。", "您自己看一遍就会了"),
    ("do_it_yourself", "预约的时间怎么改？", "小程序里点两下的事，不用专门打电话来问。", "不用专门打电话来问"),
    ("do_it_yourself", "我不知道选哪个套餐好。", "价目表都摆在那儿，您自个儿比比就知道了。", "您自个儿比比就知道了"),
    ("take_or_leave", "押金能不能少交一点？", "押金一分不能少，嫌多可以去别家租。", "嫌多可以去别家租"),
    ("take_or_leave", "这个时段能不能给我留着？", "规定就是先到先得，能接受就订，不能接受就算了。", "不能接受就算了"),
    ("take_or_leave", "镜片能不能换个便宜点的牌子？", "店里只有这一个牌子，要配就配，不配拉倒。", "不配拉倒"),
    ("impatience", "我再跟你确认一遍要带的材料。", "刚才都讲过了，我没工夫一遍遍重复。", "我没工夫一遍遍重复"),
    ("impatience", "你慢点说，我记一下。", "记不下来就别记了，我这边还要接下一个。", "记不下来就别记了"),
    ("impatience", "我想先问问价格再考虑。", "考虑好了再打过来，电话线不是给您闲聊的。", "不是给您闲聊的"),
    ("sarcasm", "我想下午就拿到新护照。", "下午就要，您当我们是印钞厂呀。", "您当我们是印钞厂"),
    ("sarcasm", "能不能给我免掉这个月的课费？", "免掉课费，您这算盘打得可真响。", "这算盘打得可真响"),
    ("sarcasm", "我要一间最便宜的海景汤屋。", "最便宜还要海景，您可真会挑。", "您可真会挑"),
    ("talking_down", "信用报告上的字母我看不懂。", "这都看不懂，您平时不看字的吗。", "您平时不看字的吗"),
    ("talking_down", "线上签约我不会弄。", "现在谁还不会线上签，也就您了。", "也就您了"),
    ("talking_down", "牙套是干什么用的？", "这是基本常识，跟您解释也是白费口舌。", "白费口舌"),
]
HO_FORBIDDEN_REACT = ["你这叫什么态度？", "你叫什么名字，我要反映。", "你再说一遍试试？", "我要找你们领导。"]
# Agent hard negatives: taboo-ish words in acceptable service language; four answer the yes-no
# question with 嗯对 / 嗯嗯 (look-alikes are reached far more surely than small talk).
HO_LOOKALIKES = [
    ("blame_customer", "是不是我之前填错了才出的问题？", "不是您填错了，是我们录入的时候少了一位，已经更正好了。"),
    ("blame_customer", "怪我自己没早点打电话吧？", "一点都不怪您，现在打过来正好赶得上。"),
    ("refuse_responsibility", "这个问题归你们管吗？", "嗯对，归我们管，您不用再去别处问。"),
    ("refuse_responsibility", "要不要我自己去找物业？", "不用您出面，物业那边由我来联系，今天给您回话。"),
    ("do_it_yourself", "我可以自己在网上改吗？", "嗯嗯，网上能改，您要是不方便，我现在就替您改好。"),
    ("do_it_yourself", "材料我自己带过去行吗？", "嗯对，您自己带来就可以，我把清单发到您手机上。"),
    ("take_or_leave", "价格是不是没得商量？", "价格是统一定的，不过这个月有会员折扣，我帮您看看能不能用上。"),
    ("impatience", "我问得太多了吧？", "不多，您尽管问，问清楚了心里才踏实。"),
    ("impatience", "能让我再想一晚上吗？", "嗯嗯，您慢慢考虑，这个名额先给您留到明天中午。"),
    ("sarcasm", "我这要求是不是挺过分的？", "一点都不过分，换了谁都会这么要求。"),
    ("talking_down", "我对这些不太懂，你别笑话我。", "哪儿会笑话您，这些本来就专业，我慢慢跟您讲。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("你们这帮人就知道推来推去。", "让您来回跑确实不应该，这件事我负责到底。"),
    ("你到底会不会办事？", "我把办理步骤重新给您捋一遍，保证清楚。"),
    ("简直是坑人。", "您的不满我记下了，先把费用的问题给您查明白。"),
    ("少废话，就说行不行。", "行，今天就能给您办好。"),
    ("你们是不是故意拖着？", "绝对不是故意的，我现在就给您加急。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "上个月在你们那儿补了两颗牙，这几天一吃东西就疼得厉害，晚上都睡不好，打诊所电话也一直没人接。",
    "我停了不到一个小时，出口的杆子就是不抬，扫了三遍码都说支付失败，回来一看扣了我三次钱。",
    "孩子的数学课老师换了三次了，每次讲的进度都不一样，作业也没人批改，我交的可是一整年的钱。",
    "订好的家庭汤屋，到了前台说没有记录，带着老人孩子在大堂等了一个多小时，最后给了个普通房间。",
]
HO_INTERRUPT_AGENT = [
    "我现在就帮您约今天下午的急诊，医生会先给您止疼。",
    "多扣的两笔我这边直接给您退回原账户。",
    "从下周起给孩子固定一位老师，进度给您重新排。",
    "当天的房费我们全额退还，再送您一次汤屋体验。",
]
HO_EARLY_AGENT = [
    "我先跟您讲清楚办理要求，本人带身份证原件到出入境大厅，现场拍照，十个工作日后可以选择邮寄或者自取。",
    "这边直接给您换一间朝南的房间，搬家的人手我们出，今天下午三点以后随时可以搬过去。",
    "新的镜片我们免费给您重做，这次先重新验光，做好以后通知您到店试戴，不合适再调。",
]
HO_EARLY_CUST = ["等一下，我不是问这个。", "你先听我讲完。", "慢点，我还有话说。"]
HO_AFTER_INTERRUPT_CUST = ["你能不能让我说完？", "行，你讲吧。", "我还没说完呢。"]
HO_AFTER_EARLY_AGENT = ["不好意思，打断您了，您继续说。", "您先讲，我听着。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics)
HO_GENERIC_QA = [
    ("周日你们有人值班吗？", "嗯对，周日上午有人值班。"),
    ("可以刷信用卡吗？", "嗯嗯，信用卡和扫码都能付。"),
    ("办完了会有回执吗？", "有回执，办完当场给您。"),
    ("能找别人替我去吗？", "可以委托，带上委托书和双方证件。"),
    ("一般要等几天？", "正常五个工作日左右。"),
    ("你们那附近有地铁吗？", "地铁二号线出站走五分钟就到。"),
    ("能开电子发票吗？", "好啊，电子发票办完就发到您邮箱。"),
    ("老人去也可以吗？", "是啊，老人也可以，还能优先安排。"),
    ("钱能分期付吗？", "支持分三期，不收手续费。"),
    ("结果出来会提醒我吗？", "会有短信提醒，注意查收。"),
    ("这周有没有活动？", "这周新客立减五十元。"),
    ("过去要带什么证件吗？", "身份证带上就可以。"),
    ("晚上能打这个电话吗？", "晚上九点以前都能打通。"),
    ("你们地址在哪儿？", "地址和导航链接稍后短信发给您。"),
]
# Customers' long turns: the caller explains before asking.
HO_CUST_DETAIL = ["我先说一下背景，上周我在网上提交过一次，页面显示成功了，可是到现在也没有任何消息，打了两次电话都说在处理。",
                  "我是帮我爸爸打的，他年纪大了听不太清，登记的信息是他的，证件我都拿在手上。",
                  "我现在在开车，用的是蓝牙，要是听不清我再问您一遍，您别介意。",
                  "这个事我前前后后已经问了好几个地方，每个地方说法都不一样，我想今天一次问明白。",
                  "事情是这样的，我本来打算下个月办，结果计划提前了，所以时间上有点赶。"]
HO_CUST_SEARCH = ["你等会儿，我翻一下短信。", "我找找那张单子放哪儿了。"]
HO_CUST_FILLER_OPEN = ["嗯，", "呃，", "啊，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["麻烦把手机号码再说一遍？"],
    "name": ["您的姓名能再说一遍吗？"],
    "id": ["身份证后六位请再报一次？"],
    "account": ["您的{acct_label}能再说一次吗？"],
    "address": ["地址请您再说一遍？"],
}
HO_SLOT_ANSWER = {
    "phone": "手机是{phone_zh}。", "name": "叫{name}。", "id": "{id6_zh}。",
    "account": "{acct_label}是{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["刚才说过了，", "", "好的，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["跟您核对一下，手机{phone_zh}，没错吧？"],
    "name": ["跟您核对一下，登记的是{name}，没错吧？"],
    "id": ["跟您核对一下，证件后六位{id6_zh}，没错吧？"],
    "account": ["跟您核对一下，{acct_label}{acct_zh}，没错吧？"],
    "address": ["跟您核对一下，地址{address}，没错吧？"],
}
HO_READBACK_CUST = ["没错。", "对，是这个。", "嗯，没错。", "对的对的。"]
HO_NEW_ASK = {
    "phone": ("办好了能通知我一声吗？", "嗯嗯，能通知，您的手机号码是？", "{phone_zh}。", "好，手机号码登记好了。"),
    "name": ("需要登记名字吗？", "要登记，请问怎么称呼您？", "{name}。", "好，已经登记上了。"),
    "address": ("能寄到家里吗？", "嗯对，能寄，收件地址是？", "{address}。", "好，收件地址记下了。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]),
                    ("account", ["卡号", "账号", "编号", "档案号", "流水号", "单号"]),
                    ("name", ["姓名", "名字", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["再说", "再报", "报一下", "说一下", "是多少", "告知"]


# the slot an agent line asks for, or None (read-backs 「跟您核对一下…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("核对一下",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so several
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).
HO_DOMAINS = {
    "credit": {
        "companies": [("恒鉴信用信息服务中心", "恒鉴信用信息服务中心")],
        "acct_label": "查询流水号",
        "verify": [("烦请告知您的查询流水号。", "{acct_zh}。", ["account"]),
                   ("请问您的姓名与身份证后六位？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["我的信用报告上有一笔逾期，我觉得不是我的。", "报告里多了一条逾期记录，我想提异议。"],
             "result": ["异议申请已为您受理，我中心将于二十日内完成核查，并以短信方式告知您核查结果。"],
             "qa": [("核查期间会影响我贷款吗？", "嗯对，核查期间报告上会加注异议标识，贷款机构能够看到。")]},
            {"open": ["我想打一份个人信用报告，要去哪里打？"],
             "result": ["您可携带本人身份证原件至任一自助查询机打印，每年前两次免费。"],
             "qa": [("能让别人代查吗？", "代查须持双方身份证原件及经公证的委托书。")]},
        ],
    },
    "exitentry": {
        "companies": [("云州市出入境管理服务热线", "云州市出入境管理服务热线")],
        "acct_label": "受理回执编号",
        "verify": [("回执编号报一下。", "{acct_zh}。", ["account"]),
                   ("姓名，身份证后六位？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["我的护照快到期了，怎么换？", "护照还有三个月过期，想先换新的。"],
             "result": ["本人到任一出入境窗口办理，带身份证和旧护照，七个工作日出证。"],
             "qa": [("能加急吗？", "嗯嗯，有出行证明可以加急，三个工作日。")]},
            {"open": ["港澳通行证的签注能在网上办吗？"],
             "result": ["可以，在移民局政务服务平台申请，签注办好后在自助机上取。"],
             "qa": [("一次能签几次？", "个人旅游签注一年一次或一年两次，您自己选。")]},
        ],
    },
    "parking": {
        "companies": [("易泊智慧停车客服中心", "易泊智慧停车客服中心")],
        "acct_label": "停车账号",
        "verify": [("停车账号说一下。", "{acct_zh}。", ["account"]),
                   ("绑定的手机号是多少？", "{phone_zh}。", ["phone"])],
        "issues": [
            {"open": ["出场的时候扣了我三次钱。", "停一次车被扣了好几笔费用。"],
             "result": ["查到了，重复的两笔已经退回，一到三个工作日到账。"],
             "qa": [("以后还会这样吗？", "嗯对，那个出口的设备今晚就换掉。")]},
            {"open": ["我想办一个小区的月卡。"],
             "result": ["月卡每月{min_amount}元，在应用里绑定车牌就能开通，当天生效。"],
             "qa": [("能绑两辆车吗？", "一张月卡只能绑一辆，第二辆车可以办副卡。")]},
        ],
    },
    "tutoring": {
        "companies": [("启明在线学堂家长服务中心", "启明在线学堂家长服务中心")],
        "acct_label": "听课账号",
        "verify": [("孩子的听课账号报一下。", "{acct_zh}。", ["account"]),
                   ("家长姓名和手机号？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["孩子的数学老师换了好几次了。", "数学课老师总换，孩子跟不上。"],
             "result": ["给孩子固定张老师，每周三和周六晚上七点上课，缺的两节课免费补上。"],
             "qa": [("张老师能先试听吗？", "嗯嗯，可以，这周五给您安排一节试听。")]},
            {"open": ["剩下的课时能退吗？"],
             "result": ["剩余课时按原价折算退费，{amount}元七个工作日内原路退回。"],
             "qa": [("赠送的课也能退吗？", "赠课不折现，退费后自动作废。")]},
        ],
    },
    "hotspring": {
        "companies": [("翠谷温泉度假酒店宾客服务中心", "翠谷温泉度假酒店宾客服务中心")],
        "acct_label": "入住订单编号",
        "verify": [("方便告诉我您的入住订单编号吗？", "{acct_zh}。", ["account"]),
                   ("预订人的姓名和手机号码是？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["我订的家庭汤屋，到了说没有记录。", "我周六的汤屋预订怎么查不到了？"],
             "result": ["非常抱歉给您添了麻烦，当天的房费全额退回，另外为您预留下次的家庭汤屋，并送一份双人早餐。"],
             "qa": [("下次能指定日期吗？", "嗯对，三个月内任选一天，提前两天告诉我们就好。")]},
            {"open": ["我想订下个月的两晚，带着老人。"],
             "result": ["为您留好两晚一楼的无障碍汤屋，离餐厅近，入住当天有专人接送。"],
             "qa": [("老人泡温泉要注意什么？", "每次泡十五分钟左右，饭后一小时再泡会更舒服。")]},
        ],
    },
    "dental": {
        "companies": [("皓齿口腔诊所预约服务台", "皓齿口腔诊所预约服务台")],
        "acct_label": "复诊档案号",
        "verify": [("您的复诊档案号是多少呀？", "{acct_zh}。", ["account"]),
                   ("就诊人的姓名和手机号方便说一下吗？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["上个月补的牙，这几天吃东西特别疼。", "补过的那颗牙最近一咬就疼。"],
             "result": ["补牙后敏感比较常见，但疼得厉害要看一下，给您约今天下午四点，医生先帮您检查。"],
             "qa": [("今天过去要收费吗？", "补牙后一个月内复查不收费。")]},
            {"open": ["想给孩子预约做个涂氟。"],
             "result": ["儿童涂氟给您约在{due}上午十点，来之前半小时别吃东西。"],
             "qa": [("大人要陪着吗？", "嗯嗯，需要一位家长陪同签字。")]},
        ],
    },
    "optical": {
        "companies": [("明眸视光配镜服务中心", "明眸视光配镜服务中心")],
        "acct_label": "配镜单编号",
        "verify": [("麻烦告知您的配镜单编号。", "{acct_zh}。", ["account"]),
                   ("配镜人的姓名是？", "{name}。", ["name"])],
        "issues": [
            {"open": ["新配的眼镜戴着头晕。", "刚取的眼镜戴了两天，眼睛发胀。"],
             "result": ["新眼镜适应期一般三到五天，如果一周后还晕，我们免费重新验光，重做镜片。"],
             "qa": [("镜框能调一下吗？", "嗯对，随时到店，镜框免费调整。")]},
            {"open": ["我配的眼镜什么时候能取？"],
             "result": ["镜片已经到店，明天下午两点以后凭配镜单来取。"],
             "qa": [("能寄给我吗？", "可以寄，运费我们出。")]},
        ],
    },
    "apartment": {
        "companies": [("栖居长租公寓住户服务中心", "栖居长租公寓住户服务中心")],
        "acct_label": "租约编号",
        "verify": [("请说一下您的租约编号。", "{acct_zh}。", ["account"]),
                   ("房间地址麻烦说一下？", "{address}。", ["address"])],
        "issues": [
            {"open": ["房间的热水器坏了好几天了。", "卫生间的热水器不出热水了。"],
             "result": ["维修师傅明天上午十点上门，换热水器的钱公寓出，这几天的租金减免两天。"],
             "qa": [("师傅来的时候我得在吗？", "嗯嗯，最好有人在，不在的话可以授权管家开门。")]},
            {"open": ["我想提前一个月退租。"],
             "result": ["提前退租要提前三十天书面申请，押金在验房后七个工作日内退回。"],
             "qa": [("能转租给朋友吗？", "可以转租，朋友来签新合同，不收违约金。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["麦", "岑", "卜", "冼", "佟", "鲍", "詹", "揭", "滕", "禹", "戚", "宁", "裴", "尚", "晏", "蔺"]
DOCTORS = SURNAMES           # the shared slot maker draws a {doctor}; no blind12 template uses it
NAMES = ["麦晓琳", "岑国伟", "卜文静", "冼志强", "佟雅婷", "鲍永康", "詹素芬", "揭浩然", "滕丽华", "禹子健",
         "戚慧敏", "裴立新"]
AREAS = ["海棠湾", "梧桐里", "锦绣华庭", "云杉苑", "枫林小区", "澄湖新村"]
CITIES = ["湛江", "柳州", "襄阳", "宜宾", "赣州", "烟台", "榆林", "泉州"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["另外问一下，我之前申请的那件事办下来了吗？", "还有，上回提交的那个申请有进展了吗？"]
HOLD2_AGENT = "之前的申请已经办完，结果通知上周发到您手机上了。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
