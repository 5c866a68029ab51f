# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind8`` (dev only): the eighth blind evaluation set for issue 11.

Written by a new writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette), without
reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py or blind6_text.py.  Eight business lines
none of them had, in other registers: a trust company's very formal wealth desk, brisk highway
toll-card and bike-share lines, terse government hotlines (a 12366-style tax line, a 12122-style
traffic-police line), warm housekeeping, pet-insurance and ferry-ticket desks.  Other 工号 forms
(客户经理, 接待员, 热线员, 管家, 岗位号, 席位号), offers of help, closings, hold announcements and
returns, 服务禁语 in seven families, longer and slower customer turns, and hard negatives.

Unlike the earlier tables, a clean agent line may carry 啊 as a sentence-final particle (是啊, 好啊)
and 嗯 fused into a yes (嗯对, 嗯嗯): only a 嗯 / 啊 / 呃 standing as a clause of its own is a tic,
so they sit in HO_FILLER_ALONE, and only 呃 (never a particle) is banned as a substring.

The table names are those of heldout_text.py, so heldout.plan_call_heldout speaks this module.
Keep the sentences here out of reports and READMEs: the set measures generalisation only while
nobody tunes on them.  ``lint()`` checks the invariants the truth labels rely on.
"""
import sys

from text_checks import lint_tables, slot_asker

HO_DOMAINS_LIST = ["trust", "toll", "bikeshare", "tax", "traffic", "housekeeping", "petins", "ferry"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number (客户经理 / 接待员 / 热线员 / 管家 / 岗位号 / 席位号), an offer of help.  Two
# are unusual but acceptable: the centre's name before the greeting, and an offer without a
# question ("leave it to me").
HO_GREETINGS = [
    "您好，这里是{hotline}，客户经理{agent_zh}号谨此为您服务，请问今日有何业务需要垂询？",
    "{tod}，{hotline}，接待员{agent_zh}号，您请吩咐。",
    "您好，{hotline}，热线员{agent_zh}号，请说您要咨询的事项。",
    "您好呀，欢迎打来{hotline}，我是{agent_zh}号管家，今天有什么我能为您张罗的？",
    "您好，{hotline}，我是{agent_zh}号客服小{agent_surname}，您的问题交给我吧。",
    "{hotline}在线，您好，岗位号{agent_zh}，需要帮您办点什么？",
    "您好，{hotline}客服席，席位号{agent_zh}，有什么需要尽管说。",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["谁啊？有话直说。", "这边忙着呢，你说。", "电话通了，讲你的事。", "干什么的？说。",
                    "说事儿，别绕弯子。", "喂，又怎么了？"]

# ---- closings
HO_CLOSING_ASK = ["请问您还有其他事项需要垂询吗？", "还有别的要办的吗？", "今天还有什么想让我帮您问问的吗？",
                  "除此之外，还需要我做点什么吗？"]
HO_CLOSING_CUST = ["没了，麻烦你了哈。", "就这一件事。", "没有了，谢啦。", "没了没了。", "暂时没有，先这样。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; two without 再见
# (thanks plus wishes), which is acceptable.
HO_CLOSING_BYE = {
    None: ["感谢您的垂询，祝您诸事顺利，再见。",
           "好的，谢谢您打来电话，有事再联系，再见。",
           "那我就不多占用您时间了，谢谢您，再见。",
           "谢谢您的配合，祝您心情舒畅。",
           "不用客气，感谢您的支持，祝您一天都顺顺当当。"],
    "trust": ["衷心感谢您的垂询，祝您阖家安康，再见。"],
    "toll": ["谢谢来电，祝您一路畅通，再见。"],
    "bikeshare": ["谢谢您，祝您骑行愉快，再见。"],
    "tax": ["税务问题随时来电，谢谢您，再见。"],
    "traffic": ["感谢来电，祝您平安驾驶，再见。"],
    "housekeeping": ["谢谢您选择我们，祝您家里舒舒服服的，再见。"],
    "petins": ["谢谢您的来电，祝您家毛孩子健健康康，再见。"],
    "ferry": ["谢谢您的来电，祝您航程顺顺利利，再见。"],
}
HO_CLOSING_CUST_BYE = ["好，拜拜了。", "嗯嗯，再见。", "再会。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["行了，你那边等结果。", "就这样，我先撤了。", "好，记上了，完事。", "没啥了吧，那结束。",
                   "情况就这样，自己留意。", "办好了，没你的事了。"]
HO_BAD_CLOSING_CUST = ["啊，那就这样？", "哦，好吧。", "这么快就完了？", "行行行。"]

# ---- holds: announcements in unusual but clear words (stay on the line, the line goes mute,
# background music is me checking, formal "put your call in waiting", back in a moment, I pause
# the call), thanks on return in other words (感激, 多亏, 费心, 守候), returns without thanks.
HO_HOLD_ANNOUNCE = ["您这边先保持在线，我把您名下的资料调出来核对一遍。",
                    "我需要翻查一下记录，线路会暂时静音，请您别走开。",
                    "这个得请教一下专业的同事，劳烦您在线等候大约半分钟。",
                    "接下来您会听到一段背景音乐，那是我在帮您核对，不是掉线了。",
                    "容我把您的来电置于等待状态，我去跟调度确认，请勿挂机。",
                    "我去隔壁组借一下台账，您听着就行，我去去就回。",
                    "我这边暂停一下通话，去系统里给您比对一下数据，您别着急。"]
ANNOUNCE_RE = "保持在线|静音|等候|背景音乐|置于等待|去去就回|暂停一下"
HO_HOLD_THANKS = ["让您费心等了这么一阵，谢谢，资料我核对完了。", "感激您的耐性，调度那边确认好了。",
                  "多亏您一直守在线上，结果出来了。", "谢谢您的守候，数据比对完毕。", "麻烦您了，台账我借到了。"]
HO_THANKS_WORDS = ["谢谢", "感激", "多亏", "费心", "麻烦您", "感谢", "多谢", "久等"]
HO_RESUME_NO_THANKS = ["好，我这边核对完毕，结论是可以办。", "喂，听得见吗？我接着说。", "调度那边答复了，是这样。",
                       "台账找到了，您听好。", "数据出来了，跟您讲一下。"]
HO_UNANNOUNCED_PRE = ["这个我懂了。", "行，您说的我有底了。", "可以，记上了。", None, None]
# words a return without thanks, or the line before an unannounced hold, must not have
NOT_ANNOUNCING = ["稍等", "稍候", "等一", "等候", "等待", "挂", "在线", "静音", "音乐", "去去就回", "暂停", "一会儿",
                  "片刻", "马上", "别走开"]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic)
HO_ACK_AGENT = ["是啊，这种情况确实让人着急，我来跟进。", "好啊，那就按您说的办。", "知道了，这事交给我。",
                "明白您的意思，我记一笔。"]
HO_ACK_CUST = ["嗯，那好。", "啊，这样。", "行，那就好。", "明白了明白了。", "成。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["嗯。", "嗯嗯。", "对。", "对对。", "是。", "好。"]
HO_CUST_BC = ["嗯。", "啊。", "哦。", "对。", "行。", "嗯嗯。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "我按时交的费，怎么显示欠费？", "肯定是您自己交错了账户，我们系统从来不出错。", "肯定是您自己交错了账户"),
    ("blame_customer", "我在网上预约了，怎么查不到记录？", "查不到就说明您压根没提交成功，自己不上心。", "自己不上心"),
    ("blame_customer", "这个通知我怎么没收到？", "通知早发了，您不看手机能怪谁。", "您不看手机能怪谁"),
    ("refuse_responsibility", "这个问题你们能给我个说法吗？", "说法您去跟当地窗口要，我们热线不管这一摊。", "我们热线不管这一摊"),
    ("refuse_responsibility", "你们能不能帮我查查是谁的责任？", "谁的责任不归我查，我就是个接电话的。", "我就是个接电话的"),
    ("refuse_responsibility", "我要找能做主的人谈。", "能做主的不接电话，您上别处问去。", "您上别处问去"),
    ("do_it_yourself", "那申报表该怎么填呀？", "填表说明印在背面，自己对着填，别指望我们替您填。", "别指望我们替您填"),
    ("do_it_yourself", "能帮我在系统里改一下预约时间吗？", "手机上点两下的事，您自己改，我这不管代劳。", "我这不管代劳"),
    ("do_it_yourself", "我不会用那个小程序。", "不会就学，教程都挂在首页，自个儿看去。", "自个儿看去"),
    ("take_or_leave", "这个罚款能不能少一点？", "一分不少，认就交，不认您随意。", "不认您随意"),
    ("take_or_leave", "能不能给我换个时间？", "就剩这一个时间，爱要不要。", "爱要不要"),
    ("take_or_leave", "这个条款我觉得不合理。", "合理不合理轮不到您评判，照办就是。", "轮不到您评判"),
    ("impatience", "等等，我找一下那张单子。", "找个单子要这么久，我后面一排电话等着呢。", "我后面一排电话等着呢"),
    ("impatience", "你刚才说的第二条是什么？", "第二条早说过了，您就不能一次听全吗？", "您就不能一次听全吗"),
    ("impatience", "我想慢慢跟你讲清楚。", "长话短说，我没工夫听您从头讲。", "我没工夫听您从头讲"),
    ("sarcasm", "你们的收费太高了吧。", "高？您要是觉得高，干脆别用，省得心疼。", "省得心疼"),
    ("sarcasm", "我都给你们打了五次电话了。", "五次？那您可真是我们的忠实听众。", "真是我们的忠实听众"),
    ("sarcasm", "你们效率能不能高一点？", "嫌慢您可以自己去跑一趟，说不定比我们快。", "说不定比我们快"),
    ("talking_down", "这个词我不太明白什么意思。", "这都不明白，您平时不看新闻的吧。", "您平时不看新闻的吧"),
    ("talking_down", "我是第一次办这个业务。", "第一次也不至于什么都不懂吧，这是常识。", "这是常识"),
    ("talking_down", "不好意思，我年纪大了反应慢。", "反应慢就找个明白人来打，别耽误工夫。", "找个明白人来打"),
]
HO_FORBIDDEN_REACT = ["你这话说得也太难听了。", "你是哪个工号？我记下了。", "我要打电话投诉你们。", "这就是你们的服务？"]
# Agent hard negatives: taboo-ish words in acceptable service language.
HO_LOOKALIKES = [
    ("blame_customer", "是不是我自己交错账户了？", "您交的账户没有错，是到账慢了一天，今天已经入账了。"),
    ("blame_customer", "是不是我没看手机漏了通知？", "漏看很正常，通知我现在再给您补发一条。"),
    ("refuse_responsibility", "这事你们热线管吗？", "管的，热线这边就能帮您办结，不用您再跑窗口。"),
    ("refuse_responsibility", "我是不是该去找当地窗口？", "不必去窗口，我这边直接给您转办，有结果会回复您。"),
    ("do_it_yourself", "这个表我能自己填吗？", "可以自己填，您要是拿不准，我现在对着表一栏一栏陪您填。"),
    ("take_or_leave", "罚款是不是一分都不能少？", "罚款金额是法定的，不过您符合分期缴纳的条件，我帮您登记。"),
    ("impatience", "我找单子找得慢，你别急。", "不急不急，您慢慢找，我这边不挂断。"),
    ("sarcasm", "你们这么便宜是不是有猫腻？", "您问得在理，收费标准都在官网公示，您随时可以核对。"),
    ("talking_down", "我第一次办，很多不懂。", "第一次办都这样，不懂的地方我一点一点跟您说明白。"),
    ("talking_down", "我年纪大了，听不太清楚。", "没事，我说慢一点、大声一点，您听不清就叫我重复。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("你们这些人就会踢皮球，烦死了。", "给您添麻烦了，这件事我今天就给您落实。"),
    ("我看你就是在糊弄我。", "不会糊弄您的，每一步我都给您说清楚。"),
    ("什么破服务，还不如自己去办。", "您的意见我记下了，我先把眼前的事给您办好。"),
    ("你听不懂中国话吗？", "是我没听准，劳驾您把重点再讲一遍。"),
    ("我要是再被耽误，跟你们没完。", "我理解您着急，这次一定不耽误您。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我上周三就在小程序上约了保洁阿姨，说好早上八点半到，结果十点多了才来，来了干了一个钟头就说要赶下一家，活儿根本没干完。",
    "我那张卡明明余额够，过收费站的时候杆子就是不抬，后面一排车按喇叭，我只好倒出来走人工道，还被多收了一段的钱。",
    "我家的猫上个月做了手术，发票病历全都传上去了，审核一直说资料不全，也不告诉我到底缺什么，我传了三遍了。",
    "我买的是早上七点的船票，码头广播说因为风浪取消了，可是售票窗口又说退票要收手续费，这不是你们自己的原因吗。",
]
HO_INTERRUPT_AGENT = [
    "这个手续费我直接给您免掉，我现在就在系统里给您全额退款。",
    "没做完的部分我给您安排补做，这次的费用也退一半给您。",
    "缺的材料我这就给您列清楚，一共就差一张费用明细。",
    "多收的那一段费用我这边直接给您冲正，三天内退回。",
]
HO_EARLY_AGENT = [
    "那我先把处理办法说一下，这笔费用全部原路退回，另外再给您补一张优惠券，您看这样能不能接受。",
    "我建议您先别重新提交，等我这边跟审核老师沟通好缺什么，再一次性补齐，这样最快。",
    "我这边可以给您改到后天的同一时段，差价不用补，开始前两个小时会发短信提醒您。",
]
HO_EARLY_CUST = ["哎等等，你先别说方案，我还有事没讲。", "不是这样，我问的是上个月那一笔。",
                 "你先停一停，我这边情况有变化。"]
HO_AFTER_INTERRUPT_CUST = ["你让我把话讲完好不好？", "行吧，你先说。", "我还没讲到点子上呢。"]
HO_AFTER_EARLY_AGENT = ["对不住，是我说早了，您请讲。", "您先说，我听着。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics)
HO_GENERIC_QA = [
    ("是不是要带身份证原件？", "嗯对，原件要带，复印件不用。"),
    ("那就是说今天办不了了？", "嗯嗯，今天窗口已经关了，明天一早就可以办。"),
    ("你们中午休息吗？", "中午不休息，热线全天都有人接听。"),
    ("能不能帮我留个言给经办人？", "好啊，您说，我一字不差地转给经办人。"),
    ("这事是不是挺少见的？", "是啊，一年也就碰到几回，不过处理起来有章可循。"),
    ("要交押金吗？", "不用押金，按次结算就行。"),
    ("有没有纸质的凭据？", "可以开纸质凭据，也可以在小程序里下载电子版。"),
    ("我能换个家里人接着办吗？", "可以，后续由谁来办都行，报上受理号就能接着办。"),
    ("你们会不会把我的信息泄露出去？", "不会，您的资料只用于这次办理，我们有严格的保密规定。"),
    ("今天提交的话什么时候有结果？", "今天提交的话，最晚后天下午会有结果。"),
    ("这个能开发票给公司报销吗？", "可以开单位抬头的发票，报销没有问题。"),
    ("我这边有点吵，你听得清楚吗？", "听得清，您照常说就行。"),
    ("你们会不会突然派人来核实？", "需要核实的话会先跟您约时间，不会突然上门。"),
    ("这个要排队吗？", "线上办不用排队，提交完就进入处理。"),
]
# Longer customer turns than the earlier sets'.
HO_CUST_DETAIL = ["我是在外地出差抽空打的电话，信号不太好，您多担待，我尽量说清楚。",
                  "这个问题前前后后折腾快一个月了，跑了两趟窗口，每次都说回去等通知，一直也没个准信。",
                  "家里老人不会弄手机，平时都是我替他们办，这回我自己也被绕糊涂了，只好打电话问问你们。",
                  "我先说一下背景，我是去年年底办的，当时经办的人跟我讲得挺清楚，可现在说法又不一样了。",
                  "我这人说话比较啰嗦，您别嫌烦，我把来龙去脉都讲一遍。"]
HO_CUST_SEARCH = ["您稍微等我一下，我翻翻抽屉。", "等会儿，我去把那张纸找出来。"]
HO_CUST_FILLER_OPEN = ["嗯，", "呃，", "啊，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["联系电话麻烦您再报一下？"],
    "name": ["您的名字再说一次好吗？"],
    "id": ["身份证后六位劳驾再报一次？"],
    "account": ["{acct_label}麻烦您再报一下？"],
    "address": ["您家的住址再讲一遍好吗？"],
}
HO_SLOT_ANSWER = {
    "phone": "电话是{phone_zh}。", "name": "{name}。", "id": "后六位{id6_zh}。",
    "account": "{acct_label}是{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["不是说过了嘛，", "", "好，我再说一下，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["我核对一下，号码是{phone_zh}，没记错吧？"],
    "name": ["我核对一下，{name}，字没写错吧？"],
    "id": ["我核对一下，证件后六位{id6_zh}，对不对？"],
    "account": ["我核对一下，{acct_label}{acct_zh}，没问题吧？"],
    "address": ["我核对一下，地址是{address}，对吧？"],
}
HO_READBACK_CUST = ["对的。", "没错没错。", "嗯，对。", "是的，就这个。"]
HO_NEW_ASK = {
    "phone": ("处理好了能通知我吗？", "能，麻烦您留一个接得到的电话？", "{phone_zh}。", "好，通知号码存上了。"),
    "name": ("我需要留名字吗？", "需要的，您的姓名是？", "{name}。", "好的，记在工单上了。"),
    "address": ("能派人来我家看看吗？", "可以派人，您家住址是？", "{address}。", "好，上门地址记下了。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]), ("account", ["卡号", "账号", "户号", "单号", "编号"]),
                    ("name", ["姓名", "名字", "贵姓", "称呼"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话"])]
ASK_MARKERS = ["报一下", "再报", "告诉我", "提供", "说一下"]


# the slot an agent line asks for, or None (read-backs 「我核对一下…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("核对一下",))


# ---- domains
HO_DOMAINS = {
    "trust": {
        "companies": [("信和信托财富服务中心", "信和信托财富服务中心")],
        "acct_label": "信托合同编号",
        "verify": [("烦请您提供信托合同编号，以便为您查询。", "合同编号是{acct_zh}。", ["account"]),
                   ("为保障资金安全，烦请提供委托人姓名及身份证后六位。", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["我那份信托产品到期了，本金和收益什么时候兑付？", "请问上个月到期的那一期收益怎么还没到账？"],
             "result": ["经核实，该产品已于到期日完成清算，本金及收益合计{amount}元将于三个工作日内划付至您预留的银行账户。"],
             "qa": [("到账以后会有通知吗？", "资金划付后，我司将以短信及邮件方式另行告知，敬请留意。")]},
            {"open": ["我想变更一下收益分配的银行卡。"],
             "result": ["变更收款账户需要您本人携带身份证件及新卡到柜面签署变更申请书，审核通过后次月起生效。"],
             "qa": [("可以委托家人代办吗？", "可以的，需出具经公证的授权委托书，流程较为严格，敬请谅解。")]},
        ],
    },
    "toll": {
        "companies": [("路畅高速通行卡客服中心", "路畅高速通行卡客服中心")],
        "acct_label": "通行卡号",
        "verify": [("报一下通行卡号。", "{acct_zh}。", ["account"]),
                   ("车主手机多少？", "{phone_zh}。", ["phone"])],
        "issues": [
            {"open": ["过收费站的时候杆子不抬，说我的卡有问题。", "我的通行卡被拉进黑名单了，怎么回事？"],
             "result": ["查到了，您的卡上月有一笔通行费没扣成功，补缴{min_amount}元后黑名单两小时内自动解除。"],
             "qa": [("补缴在哪补？", "应用里点通行记录，找到那一笔直接补缴就行。")]},
            {"open": ["我换车了，通行卡能转到新车上吗？"],
             "result": ["可以改绑，带行驶证到任意服务网点，十分钟办完，旧的电子标签交回就行。"],
             "qa": [("改绑要收费吗？", "改绑不收费，新标签也是免费换。")]},
        ],
    },
    "bikeshare": {
        "companies": [("青橙单车用户服务中心", "青橙单车用户服务中心")],
        "acct_label": "骑行订单号",
        "verify": [("骑行订单号报一下。", "{acct_zh}。", ["account"]),
                   ("注册的手机号是多少？", "{phone_zh}。", ["phone"])],
        "issues": [
            {"open": ["我明明锁车了，系统还在计费，扣了我好几十。", "车停在停车点里了，还说我违停罚了钱。"],
             "result": ["核实了，是车锁信号没上传，多扣的{min_amount}元已经退到您的钱包里了。"],
             "qa": [("以后怎么避免？", "锁车后听到咔嗒一声，再看一眼应用里行程是否结束就行。")]},
            {"open": ["我想把骑行月卡退掉，这个月基本没骑。"],
             "result": ["月卡没用的天数可以按比例退，退款{min_amount}元，一到三个工作日原路返回。"],
             "qa": [("退了以后还能再买吗？", "随时可以再买，价格按当时的活动来。")]},
        ],
    },
    "tax": {
        "companies": [("临江市幺二三六六纳税服务热线", "临江市幺二三六六纳税服务热线")],
        "acct_label": "税务登记编号",
        "verify": [("请说一下税务登记编号。", "{acct_zh}。", ["account"]),
                   ("请提供纳税人姓名和联系电话。", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["我个人所得税年度汇算要补税，能分期吗？", "我汇算以后显示要补税，不知道怎么交。"],
             "result": ["补税金额在四百元以内的可以免于补缴；超过的，在手机上确认后直接缴纳，六月底前缴清即可。"],
             "qa": [("逾期了会怎样？", "逾期按日加收滞纳金，请按时缴纳。")]},
            {"open": ["我想开一张个人的完税证明。"],
             "result": ["完税证明在个人所得税应用里自助开具，选好年度即可下载，无需到窗口。"],
             "qa": [("单位要盖章的能行吗？", "电子完税证明带电子印章，与纸质的效力相同。")]},
        ],
    },
    "traffic": {
        "companies": [("洪州市公安交管幺二幺二二服务热线", "洪州市公安交管幺二幺二二服务热线")],
        "acct_label": "驾驶证档案编号",
        "verify": [("请提供驾驶证档案编号。", "{acct_zh}。", ["account"]),
                   ("请告诉我机动车所有人姓名和身份证后六位。", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["我收到一条违章短信，可我那天车根本没开出去。", "我的车被拍了违停，可我停的是划线车位。"],
             "result": ["该记录已登记复核，三十个工作日内由属地大队作出复核结论，结果短信告知。"],
             "qa": [("复核期间要先交罚款吗？", "复核期间暂不需要缴纳，也不影响年检。")]},
            {"open": ["我的驾驶证快到期了，怎么换证？"],
             "result": ["到期前九十天内可在手机上申请换证，体检结果上传后新证邮寄到家。"],
             "qa": [("邮寄要钱吗？", "邮寄费用由交管部门承担，不需要您支付。")]},
        ],
    },
    "housekeeping": {
        "companies": [("暖居家政预约服务中心", "暖居家政预约服务中心")],
        "acct_label": "服务订单号",
        "verify": [("麻烦您告诉我服务订单号好吗？", "{acct_zh}。", ["account"]),
                   ("阿姨上门的地址是哪里呀？", "{address}。", ["address"])],
        "issues": [
            {"open": ["上次来的保洁阿姨把我家的花瓶碰碎了。", "阿姨做完卫生，厨房还是油乎乎的。"],
             "result": ["真不好意思，这次的服务费全额退给您，另外给您安排一次免费的深度保洁，明天下午两点上门。"],
             "qa": [("还是派上次那位阿姨吗？", "这次给您换一位做了五年的老阿姨，手脚麻利又细心。")]},
            {"open": ["我想给家里老人请个长期的钟点工。"],
             "result": ["可以的，我们有每周三次、每次三小时的套餐，每月两千四百元，阿姨都经过健康体检和背景审核。"],
             "qa": [("不满意能换人吗？", "当然可以，一个月内不限次数免费换人。")]},
        ],
    },
    "petins": {
        "companies": [("萌宠安心宠物保险服务中心", "萌宠安心宠物保险服务中心")],
        "acct_label": "宠物保单号",
        "verify": [("请您说一下宠物保单号哦。", "{acct_zh}。", ["account"]),
                   ("投保人的姓名是？", "{name}。", ["name"])],
        "issues": [
            {"open": ["我家狗狗吃坏肚子住了三天院，这个能报吗？", "猫咪做了个小手术，花了好几千，想问问理赔。"],
             "result": ["这种情况在保障范围内，您把病历和发票拍照上传，审核通过后按八成赔付，最快三个工作日到账。"],
             "qa": [("非指定医院看的也能报吗？", "本地有资质的宠物医院都可以，不限指定医院。")]},
            {"open": ["我想给家里的小猫加保一个意外险。"],
             "result": ["可以在保单里直接附加意外保障，每年多交六十八元，明天零点起生效。"],
             "qa": [("猫咪年纪大了还能保吗？", "十岁以内都可以投保，十岁以上的我们有专门的老年宠物计划。")]},
        ],
    },
    "ferry": {
        "companies": [("海澜轮渡客运票务中心", "海澜轮渡客运票务中心")],
        "acct_label": "船票订单号",
        "verify": [("请问您的船票订单号是多少呀？", "{acct_zh}。", ["account"]),
                   ("乘船人的手机号码方便告诉我吗？", "{phone_zh}。", ["phone"])],
        "issues": [
            {"open": ["明天早上的船因为大风停航了，我的票怎么办？", "我订的是下午那班船，听说有大雾要停航？"],
             "result": ["因天气停航的可以免费全额退票，也可以改签后续班次，我已经为您预留了明天中午的座位。"],
             "qa": [("车子也能一起上船吗？", "车辆票需要单独预约，我可以一起帮您登记。")]},
            {"open": ["我想带着家里老人和小孩坐船，有什么要注意的？"],
             "result": ["七十岁以上的老人和一米二以下的儿童有优惠票，登船请带好身份证件，码头有无障碍通道。"],
             "qa": [("晕船怎么办？", "船上服务台备有晕船药，建议您选中间靠后的位置。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["骆", "龚", "翁", "俞", "韦", "邵", "孟", "秦", "江", "尹", "黎", "易", "常", "武", "乔", "贺"]
DOCTORS = SURNAMES           # the shared slot maker draws a {doctor}; no blind8 template uses it
NAMES = ["骆振华", "龚雪琴", "翁立群", "俞晓菲", "韦国栋", "邵丹丹", "孟庆林", "秦雅文", "江海波", "尹春兰",
         "黎子豪", "贺美娟"]
AREAS = ["观澜府", "松鹤苑", "杏林湾小区", "鼓楼新村", "玉泉花园", "长堤雅苑"]
CITIES = ["温州", "烟台", "柳州", "赣州", "襄阳", "湛江", "包头", "西宁"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["还有件事，我上回反映的情况有下文了吗？", "顺便问问，我之前那份申请批下来没有？"]
HOLD2_AGENT = "您之前那件事已经办结了，结果通知会发到您手机上。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
