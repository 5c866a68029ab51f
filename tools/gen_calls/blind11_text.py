# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind11`` (dev only): the eleventh blind evaluation set for issue 11.

Written by a new writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette), without
reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py or
blind10_text.py.  Eight business lines none of them had, in other registers: a city library's very
formal enquiry desk, a terse kindergarten enrolment office, brisk concert-ticketing and e-bike
battery-swap lines, a driving school, warm wedding-photography and pet-hospital desks, and a
furniture delivery-and-assembly line.  Other 工号 forms (咨询员代码, 服务专席, 工作证号, 执线员,
客服助理, 票务专员, 值守客服), offers of help, closings, hold announcements in unusual but clear
words and returns, 服务禁语 in seven families, customers who speak about as fast as the agents
in long turns, and hard negatives.

As in blind8_text.py / blind10_text.py, a clean agent line may carry 啊 as a sentence-final
particle (是啊, 好啊) and 嗯 fused into a yes (嗯对, 嗯嗯): only a 嗯 / 啊 / 呃 standing as a clause of
its own is a tic.

The table names are those of heldout_text.py, so heldout.plan_call_heldout speaks this module.
Keep the sentences here out of reports and READMEs: the set measures generalisation only while
nobody tunes on them.  ``lint()`` checks the invariants the truth labels rely on.
"""
import sys

from text_checks import lint_tables, slot_asker

HO_DOMAINS_LIST = ["library", "kindergarten", "concert", "battery", "driving", "wedding", "pethospital", "furniture"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number (咨询员代码 / 服务专席 / 工作证号 / 执线员 / 客服助理 / 票务专员 / 值守客服),
# an offer of help.  Two are unusual but acceptable: a thanks for waiting in the queue before the
# greeting, and the centre and number first with 您好 at the end of the sentence.
HO_GREETINGS = [
    "您好，{hotline}，本线咨询员代码{agent_zh}，请问您需要查询哪一方面的事项？",
    "{tod}，欢迎您致电{hotline}，{agent_zh}号服务专席接听，请问今天想咨询些什么？",
    "您好呀，{hotline}，我是小{agent_surname}，工作证号{agent_zh}，有什么事情您跟我讲就好。",
    "您好，{hotline}，执线员{agent_zh}号，您说。",
    "感谢您耐心排队，您好，{hotline}，客服助理{agent_zh}号在线，今天我来帮您。",
    "{hotline}票务专员{agent_zh}号为您接听，您好，您想办点什么？",
    "您好，{hotline}值守客服{agent_zh}号，您这边需要咨询还是需要报事？",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["喂，前台，快讲。", "说，找谁？", "接了，要问啥赶紧。", "谁打的？报事。", "喂，在听，挑重点讲。",
                    "哎，又来一个，说吧。"]

# ---- closings
HO_CLOSING_ASK = ["今天这件事之外，还有没有要我一并处理的？", "另外还有想问的没有？",
                  "请问其他方面是否还需要本中心为您解答？", "还有啥要交代我的吗？"]
HO_CLOSING_CUST = ["没啦，多谢。", "就这个，够了。", "没有别的了。", "暂时没有，有事再打。", "没了，今天问得挺明白。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; two without 再见
# (thanks plus wishes), which is acceptable.
HO_CLOSING_BYE = {
    None: ["谢谢您抽时间打过来，祝您一切都好，再见。",
           "感谢您的致电与信任，敬祝您工作顺遂，再见。",
           "不客气呀，谢谢您，祝您今天开开心心的。",
           "好，事情都办妥了，谢谢来电，再见。",
           "感谢您的配合，祝您出入平安。"],
    "library": ["感谢您对本馆工作的支持，祝您阅读愉快，再见。"],
    "kindergarten": ["感谢您的信任，祝宝宝入园顺利，再见。"],
    "concert": ["谢谢来电，祝您观演愉快，再见。"],
    "battery": ["谢谢您，祝您骑车平安，再见。"],
    "driving": ["谢谢您的来电，祝您早日拿到驾照，再见。"],
    "wedding": ["谢谢您选择我们，祝您二位百年好合，再见。"],
    "pethospital": ["谢谢您的来电，祝您家宝贝早日康复，再见。"],
    "furniture": ["感谢您的耐心，祝您新家具用得称心，再见。"],
}
HO_CLOSING_CUST_BYE = ["好，谢谢，再见。", "回见。", "嗯，拜拜啦。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["行了，回去等短信。", "就说到这儿。", "好，下一位。", "没了？那结束通话。", "流程走完了。",
                   "东西记下了，没别的就撂了。"]
HO_BAD_CLOSING_CUST = ["就这么挂了？", "噢，好。", "完了？", "那行吧，就这样。"]

# ---- holds: announcements in unusual but clear words (stay on the line, formal 请勿挂断, keep
# me company while I ask, leave the phone be, listen to a song meanwhile, don't leave the phone,
# keep the call connected), thanks on return in other words (难为, 肯等, 没走开, 对不住让您候,
# 给我这点时间), returns without thanks.
HO_HOLD_ANNOUNCE = ["请您留在线路上，我去跟负责的同事对一下。",
                    "我现在去调取您的办理记录，期间请勿挂断本次通话。",
                    "您拿着手机陪我等一下，我问问管这块的同事。",
                    "我去找主管签个字，来回一分钟左右，电话您就放着别管它。",
                    "您先听会儿歌，我到排期表上看一眼就来。",
                    "我这边要给负责人发个消息确认，请您不要离开电话。",
                    "我这就去核对一下底单，您那边请保持接通状态。"]
ANNOUNCE_RE = "留在线路上|请勿挂断|陪我等|放着别管|听会儿歌|不要离开电话|保持接通"
HO_HOLD_THANKS = ["难为您等了这么长时间，事情我对好了。", "谢谢您肯等我，记录找到了。",
                  "多谢您没走开，同事那边有答复了。", "对不住让您候了这一阵，主管签好字了。",
                  "感谢您给我这点时间，排期表我看过了。"]
HO_THANKS_WORDS = ["谢谢", "感谢", "多谢", "难为", "对不住", "久等", "劳您", "有劳", "辛苦", "抱歉"]
HO_RESUME_NO_THANKS = ["对好了，这么安排。", "喂，您那边还听得见吧？有眉目了。", "同事回话了，问题出在我们这头。",
                       "排期表上有空档，跟您讲讲。", "主管签了，可以办。"]
HO_UNANNOUNCED_PRE = ["您的意思我领会了。", "记住了。", "好，有数。", None, None]
# words a return without thanks, or the line before an unannounced hold, must not have
NOT_ANNOUNCING = ["等", "稍", "挂", "线路", "接通", "歌", "音乐", "离开", "别管", "放着", "片刻", "马上", "一会儿",
                  "别走", "静音", "陪我", "就来"]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic)
HO_ACK_AGENT = ["是啊，这种事换谁都闹心，我来跟。", "好啊，那就定这个时间。", "懂您的意思，我给您备注上。",
                "收着了，这事交给我。"]
HO_ACK_CUST = ["嗯，那行。", "啊，这样啊。", "好，我明白。", "晓得了晓得了。", "成。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["嗯。", "嗯嗯。", "对对。", "是。", "您说。", "在听。"]
HO_CUST_BC = ["嗯。", "啊。", "噢。", "是。", "好嘞。", "明白。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "怎么用了没两天就出问题了？", "那是您使用不当，跟我们扯不上关系。", "您使用不当"),
    ("blame_customer", "机器把我的卡吞了，没退出来。", "机器好好的，准是您手滑点错了。", "准是您手滑点错了"),
    ("blame_customer", "东西送到才发现颜色不对。", "颜色是您下单时自己勾的，现在赖谁呀。", "现在赖谁"),
    ("refuse_responsibility", "活动临时取消了，钱谁退？", "取消是主办方定的，我们只是代售，管不着。", "我们只是代售"),
    ("refuse_responsibility", "你们的人老是迟到。", "人是挂靠的，迟不迟到轮不到公司来操心。", "轮不到公司来操心"),
    ("refuse_responsibility", "都一个月了东西还没给我。", "那块是外包在做，您催他们去，别找前台。", "您催他们去"),
    ("do_it_yourself", "这个要怎么装？", "图纸在箱子里，您照图拧上就完了，这种活还打电话。", "您照图拧上就完了"),
    ("do_it_yourself", "你们能帮我查一下哪里还有名额吗？", "页面上标得清清楚楚，自己动动手指头。", "自己动动手指头"),
    ("do_it_yourself", "表我不会填，能教教我吗？", "每一栏都写着要求，照着填就是，我们没空手把手教。", "我们没空手把手教"),
    ("take_or_leave", "套餐能不能去掉几项便宜点？", "套餐是打包价，拆不了，觉得不划算您另请高明。", "您另请高明"),
    ("take_or_leave", "能不能改到周末？", "排到哪天算哪天，改期的话您这单就作废。", "您这单就作废"),
    ("take_or_leave", "这个费用能不能少收点？", "费用就这么多，办不办您掂量着来。", "办不办您掂量着来"),
    ("impatience", "你等等，我找一下单子。", "您快着点，后面排着好些人呢。", "您快着点"),
    ("impatience", "我把情况再跟你详细讲讲。", "挑要紧的说，细枝末节我不想听。", "细枝末节我不想听"),
    ("impatience", "你能再说一下时间吗？", "同样的问题翻来覆去问，周二到周日，九点到五点，记牢了。", "翻来覆去问"),
    ("sarcasm", "怎么一开放就没名额了？", "这么抢手，您还指望专门留给您呀。", "还指望专门留给您"),
    ("sarcasm", "我试了四次都没成功。", "四次都没成，您可真够执着的。", "您可真够执着的"),
    ("sarcasm", "我就想排在最前面。", "人人都想排最前面，要不领导的位置也让给您？", "领导的位置也让给您"),
    ("talking_down", "续办要怎么操作我不太会。", "这也要问，这点常识总该有吧。", "这点常识总该有吧"),
    ("talking_down", "怎么扫码？", "扫个码都不会，您这手机白买了。", "您这手机白买了"),
    ("talking_down", "这个具体是什么意思？", "跟您说了您也不懂，交给我们就行。", "说了您也不懂"),
]
HO_FORBIDDEN_REACT = ["你这什么口气？", "我记下你的工号了。", "这话你也说得出口？", "我要打投诉电话。"]
# Agent hard negatives: taboo-ish words in acceptable service language; four answer the yes-no
# question with 嗯对 / 嗯嗯 (look-alikes are reached far more surely than small talk).
HO_LOOKALIKES = [
    ("blame_customer", "是不是我哪里操作错了才弄成这样？", "跟您的操作没关系，是我们系统出了差错，我这边直接给您改过来。"),
    ("blame_customer", "是不是我自己没看清楚条款？", "条款写得确实不够醒目，不怪您，我给您逐条说一遍。"),
    ("refuse_responsibility", "这事是找你们吗？", "嗯对，找我们就行，不用您再去找别的部门。"),
    ("refuse_responsibility", "我是不是还得去找合作方？", "不用您去找，合作方那边由我们统一对接，今天就给您催。"),
    ("do_it_yourself", "这个我能自己在手机上办吗？", "嗯嗯，可以自己办，要是嫌麻烦，我现在直接帮您办了。"),
    ("do_it_yourself", "表格我能在家自己填吗？", "嗯对，在家填就行，哪一栏拿不准随时打来问我。"),
    ("take_or_leave", "定了还能退吗？", "七天前可以全额退，七天内退一半定金，合同上写明了，我把条款发给您看。"),
    ("impatience", "我说得有点啰嗦，你别嫌烦。", "一点不烦，您说得越细我们处理得越准。"),
    ("impatience", "我可以慢慢想想再决定吗？", "嗯嗯，慢慢想，名额给您保留到周五。"),
    ("sarcasm", "我是不是太较真了？", "您这是对自己负责，问清楚是应该的。"),
    ("talking_down", "我年纪大了，扫码这些弄不明白。", "没关系，好多人头一回都不会，我说一步您做一步。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("你们这破地方就会收钱。", "您的火气我理解，今天先把您的事落实了。"),
    ("你脑子转得过来吗？", "我把情况再理一遍，保证给您讲明白。"),
    ("什么垃圾服务。", "给您添堵了，我先把问题解决掉。"),
    ("别跟我绕，直接说能不能退。", "能退，今天就给您办。"),
    ("你们不会是骗子吧？", "您有顾虑很正常，我把营业执照和合同信息都发给您核实。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我上礼拜六在你们那儿给狗做的绝育，接回家以后伤口一直渗血，打主治医生的电话也不接，我半夜抱着它跑了两家医院，你们总得给我个说法吧。",
    "我订的那套实木餐桌说好上周三送，改了三次时间，昨天终于送来了，结果桌面上一大道划痕，送货的小伙子放下就走，连签收单都没让我看。",
    "我家孩子九月就该上小班了，网上报名的时候系统一直转圈，好不容易提交了，今天一查说材料不全被退回，可我明明每一项都传了。",
    "我买了两张周六晚上的演唱会门票，付款成功了，订单里一直显示出票中，眼看就剩三天了，我朋友都从外地订好车票要过来了。",
]
HO_INTERRUPT_AGENT = [
    "伤口的事我马上请值班医生给您回电，今晚就能复查。",
    "有划痕的桌面我们整张换新，您不用再跑。",
    "退回的原因我这边看得到，是照片格式不对。",
    "您的票已经出了，电子票我发到您手机上。",
]
HO_EARLY_AGENT = [
    "我先说一下处理方案，今天下午安排教练给您补一节课，这节课不算课时，以后每次约车我们提前一天短信提醒您。",
    "我的建议是去附近那个新开的换电站，站点那边我已经打过招呼，到了您扫码直接取，不用再排队。",
    "这边可以帮您把拍摄日期往后挪一个月，妆造和摄影师都保持不变，定金也不用再补。",
]
HO_EARLY_CUST = ["你先停一下，我要问的是别的。", "慢着，情况不是你想的那样。", "等等，我还没讲到重点。"]
HO_AFTER_INTERRUPT_CUST = ["你倒是让我把话讲完呀。", "好吧，你先讲。", "我话还没说完。"]
HO_AFTER_EARLY_AGENT = ["抱歉，是我心急了，您接着讲。", "您请先讲，我在记。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics)
HO_GENERIC_QA = [
    ("节假日你们也上班吗？", "嗯对，节假日照常有人值班。"),
    ("这个要交押金吗？", "嗯嗯，要交押金，结束后七天内原路退还。"),
    ("有没有线上办理的渠道？", "有的，在我们的小程序里就能办。"),
    ("可以让家里人代办吗？", "可以代办，带上双方的身份证复印件。"),
    ("现在过去大概要排多久？", "这几天人少，一般二十分钟以内。"),
    ("你们那边停车方便吗？", "门口有停车场，前两个小时免费。"),
    ("能给我一个纸质的凭证吗？", "好啊，需要的话给您打印一份盖章的。"),
    ("外地人也能报吗？", "是啊，不限户口，外地的也能报。"),
    ("能分两次付吗？", "可以分两次，第一次付一半。"),
    ("结果会通知我吗？", "会发短信通知，您留意一下。"),
    ("现在下单有优惠吗？", "本月下单立减一百，活动到月底。"),
    ("需要带什么过去吗？", "带上身份证原件就行。"),
    ("晚上几点以后就没人接了？", "晚上八点前都有人接，之后可以在公众号上留言。"),
    ("你们具体在什么位置？", "具体位置会随短信发给您，导航搜我们的名字就能找到。"),
]
# Customers' long turns: the caller explains before asking.
HO_CUST_DETAIL = ["情况有点复杂，我从头讲，上个月我先在网上问过，说要等审核，审核过了又说要补材料，补完材料到现在都没人理我。",
                  "我是替我姐姐打的，她上班不方便接电话，登记的是她的名字，她的信息我这边都有。",
                  "我在地铁上信号不太好，要是断了我马上再打过来，您别着急。",
                  "我已经打了三遍电话了，每次都说帮我记下来，到今天什么也没变，我今天就想要个准话。",
                  "这事拖了挺久，我先把前因后果跟您捋一捋，您听听看是不是这个理。"]
HO_CUST_SEARCH = ["等一下啊，单子我放包里了。", "我去开一下电脑看看记录。"]
HO_CUST_FILLER_OPEN = ["嗯，", "呃，", "啊，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["联系号码麻烦再报一次？"],
    "name": ["您的姓名再讲一遍？"],
    "id": ["证件后六位麻烦再报一次？"],
    "account": ["{acct_label}再报一次好吗？"],
    "address": ["您的地址麻烦再讲一遍？"],
}
HO_SLOT_ANSWER = {
    "phone": "号码是{phone_zh}。", "name": "{name}。", "id": "{id6_zh}。",
    "account": "{acct_label}是{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["刚刚报过了，", "", "好，再报一遍，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["我复述一遍，号码{phone_zh}，对吧？"],
    "name": ["我复述一遍，登记人{name}，对吧？"],
    "id": ["我复述一遍，证件后六位{id6_zh}，对吧？"],
    "account": ["我复述一遍，{acct_label}{acct_zh}，对吧？"],
    "address": ["我复述一遍，地址是{address}，对吧？"],
}
HO_READBACK_CUST = ["对，就是这个。", "没错没错。", "嗯，对。", "是的。"]
HO_NEW_ASK = {
    "phone": ("有结果了能通知我吗？", "能，方便留个联系电话吗？", "{phone_zh}。", "好，回电号码记下了。"),
    "name": ("需要留我的名字吗？", "嗯对，要留，您的姓名是？", "{name}。", "好，姓名登记上了。"),
    "address": ("能上门来看看吗？", "嗯嗯，能上门，您家地址是？", "{address}。", "好，上门地址记好了。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]),
                    ("account", ["卡号", "账号", "单号", "编号", "证号", "病历号", "序号"]),
                    ("name", ["姓名", "名字", "全名", "贵姓", "称呼"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["再报", "再讲", "报一下", "说一下", "是多少", "告诉我"]


# the slot an agent line asks for, or None (read-backs 「我复述一遍…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("复述一遍",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so several
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).
HO_DOMAINS = {
    "library": {
        "companies": [("东湖市立图书馆读者服务专线", "东湖市立图书馆读者服务专线")],
        "acct_label": "读者证号",
        "verify": [("烦请您告诉我读者证号。", "读者证号{acct_zh}。", ["account"]),
                   ("请问持证人的姓名与身份证后六位？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["我借的三本书到期了，能不能在电话里续借？", "我有两本书快过期了，想问问怎么续。"],
             "result": ["已为您办理续借，三册图书的应还日期顺延至{due}，续借仅限一次，敬请留意。"],
             "qa": [("逾期了会罚钱吗？", "逾期每册每日收取一角滞纳金，续借之后不会产生。")]},
            {"open": ["我想办一张读者证，需要带什么？"],
             "result": ["办理读者证须携带本人身份证原件，到一楼总服务台办理，押金一百元，注销时全额退还。"],
             "qa": [("能在网上先预约吗？", "嗯对，可以在本馆公众号预约，到馆后直接取证。")]},
        ],
    },
    "kindergarten": {
        "companies": [("松溪区教育局幼儿园招生办公室", "松溪区教育局幼儿园招生办公室")],
        "acct_label": "报名序号",
        "verify": [("报一下报名序号。", "{acct_zh}。", ["account"]),
                   ("幼儿姓名，监护人电话？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["网上报名提交了，显示材料不全被退回了。", "孩子的报名被打回来了，说材料有问题。"],
             "result": ["退回原因是户口簿照片不清晰。{due}前重新上传，逾期视为放弃。"],
             "qa": [("重新上传还要排队吗？", "嗯嗯，按重新提交的时间审核，三个工作日出结果。")]},
            {"open": ["我们家是租房的，孩子能在这边上公办园吗？"],
             "result": ["租房的需提供居住证和满一年的租赁备案，符合条件按第三顺位安排。"],
             "qa": [("第三顺位能排上吗？", "看当年学位余量，去年第三顺位都安排了。")]},
        ],
    },
    "concert": {
        "companies": [("乐潮演出票务服务中心", "乐潮演出票务服务中心")],
        "acct_label": "购票单号",
        "verify": [("购票单号报一下。", "{acct_zh}。", ["account"]),
                   ("下单的手机号是多少？", "{phone_zh}。", ["phone"])],
        "issues": [
            {"open": ["我买的演唱会门票一直显示出票中。", "票钱付了，订单还卡在出票中。"],
             "result": ["查到了，两张票已经出票，电子票刚发到您手机，入场刷身份证就行。"],
             "qa": [("可以转给朋友用吗？", "嗯对，实名票可以在订单里改一次观演人。")]},
            {"open": ["演出延期了，我那天去不了，能退吗？"],
             "result": ["延期场次可以全额退，退票申请提交后{amount}元五个工作日内原路返回。"],
             "qa": [("退票要手续费吗？", "延期演出退票不收手续费。")]},
        ],
    },
    "battery": {
        "companies": [("电骑换电用户服务热线", "电骑换电用户服务热线")],
        "acct_label": "换电账号",
        "verify": [("换电账号报一下。", "{acct_zh}。", ["account"]),
                   ("注册手机号是多少？", "{phone_zh}。", ["phone"])],
        "issues": [
            {"open": ["换电柜把我的旧电池吞了，新的没弹出来。", "我扫码换电，柜门开了又关上，电池没拿到。"],
             "result": ["柜子通讯卡了一下，我已经远程开门，三号仓那块满电的您直接取，这次换电不扣次数。"],
             "qa": [("下次还会卡吗？", "这个站点的柜子今晚就升级，升级后不会再卡。")]},
            {"open": ["我的包月套餐想换成按次计费。"],
             "result": ["套餐本月底到期，下个月起按次计费，每次{min_amount}元，余下的次数不清零。"],
             "qa": [("按次的能随时换回来吗？", "嗯嗯，下个月初再换回包月也行。")]},
        ],
    },
    "driving": {
        "companies": [("通衢驾驶培训学校学员服务中心", "通衢驾驶培训学校学员服务中心")],
        "acct_label": "学员编号",
        "verify": [("麻烦报一下学员编号。", "{acct_zh}。", ["account"]),
                   ("学员姓名和身份证后六位说一下。", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["科目二约的教练老是迟到，我想换一个。", "我的教练上课总迟到，练车时间都不够。"],
             "result": ["给您换到李教练的车上，下周起每周二和周四下午练车，少掉的课时补给您。"],
             "qa": [("换教练要交钱吗？", "不收钱，换教练是免费的。")]},
            {"open": ["我科目二挂了，补考怎么约？"],
             "result": ["补考可以在十天后约，补考费一百五十元，考前安排您加练两次。"],
             "qa": [("能约周末的考场吗？", "嗯对，周六上午还有名额，我给您报上。")]},
        ],
    },
    "wedding": {
        "companies": [("花间婚纱摄影客户服务部", "花间婚纱摄影客户服务部")],
        "acct_label": "拍摄合同编号",
        "verify": [("麻烦告诉我您的拍摄合同编号呀。", "{acct_zh}。", ["account"]),
                   ("新娘的姓名和联系电话方便说一下吗？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["我们拍完一个月了，精修照片还没收到。", "婚纱照拍好好久了，修好的片子一张都没看到。"],
             "result": ["您二位的精修已经做好二十张了，剩下的这周五前全部发到您邮箱，相册下个月中旬到。"],
             "qa": [("能再加几张精修吗？", "可以加，每张五十元，您选好底片编号发给我们就行。")]},
            {"open": ["拍摄那天可能下雨，能改日期吗？"],
             "result": ["外景遇到雨天可以免费改期一次，我帮您先看一下摄影师往后的空档。"],
             "qa": [("化妆师也能跟着改吗？", "嗯嗯，妆造老师跟着摄影师一起改，不用另约。")]},
        ],
    },
    "pethospital": {
        "companies": [("安心伴宠物医院预约服务台", "安心伴宠物医院预约服务台")],
        "acct_label": "病历号",
        "verify": [("宝贝的病历号是多少呀？", "{acct_zh}。", ["account"]),
                   ("主人的姓名和手机号说一下好吗？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["我家狗做完绝育，伤口一直在渗血。", "猫咪绝育回来第二天，伤口红肿还渗血。"],
             "result": ["少量渗血先别让它舔，戴好伊丽莎白圈，今晚八点前带过来，值班医生给它复查换药。"],
             "qa": [("复查要另外收费吗？", "术后十天内复查是免费的。")]},
            {"open": ["想给刚领养的小猫预约打疫苗。"],
             "result": ["首针疫苗给您约在{due}上午十点，来之前一周别给它洗澡。"],
             "qa": [("需要空腹去吗？", "嗯对，来之前两个小时别喂东西。")]},
        ],
    },
    "furniture": {
        "companies": [("木语家居配送安装服务中心", "木语家居配送安装服务中心")],
        "acct_label": "配送单号",
        "verify": [("请告诉我配送单号。", "{acct_zh}。", ["account"]),
                   ("收货地址是哪里？", "{address}。", ["address"])],
        "issues": [
            {"open": ["餐桌送到了，桌面上有一道很长的划痕。", "新买的衣柜侧板裂了一条缝。"],
             "result": ["这属于运输损伤，给您整件换新，周六上午送新货，旧的当场拉走。"],
             "qa": [("换的时候还要我在家吗？", "嗯嗯，需要有人在家签收。")]},
            {"open": ["我的沙发说好这周送，能不能提前一天？"],
             "result": ["可以提前到周四下午两点到六点，送货前一小时师傅会打电话。"],
             "qa": [("安装另外收钱吗？", "送货和安装都含在价格里，不另收费。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["段", "雷", "侯", "邱", "熊", "史", "陶", "莫", "阮", "覃", "童", "舒", "甘", "包", "殷", "祁"]
DOCTORS = SURNAMES           # the shared slot maker draws a {doctor}; no blind11 template uses it
NAMES = ["段雨桐", "雷振华", "侯佳怡", "邱国栋", "熊静雯", "史明轩", "陶春燕", "莫子豪", "阮丽娟", "童思远",
         "舒婉清", "祁建平"]
AREAS = ["丹桂坊", "柳岸名居", "星河湾小区", "景福苑", "橡树里", "青石巷社区"]
CITIES = ["绍兴", "常州", "株洲", "漳州", "德阳", "秦皇岛", "蚌埠", "黄山"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["顺便问一下，我上次反映的那个问题有结果了吗？", "还有件事，之前登记过的那个事办好了吗？"]
HOLD2_AGENT = "上次反映的问题已经办结，办结短信昨天发到您手机上了。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
