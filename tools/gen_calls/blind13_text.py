# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind13`` (dev only): the thirteenth blind evaluation set for issue 11.

Written by a thirteenth writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette),
without reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py,
blind10_text.py, blind11_text.py or blind12_text.py.  Eight business lines none of them had, in
other registers: a bank's precious-metals line (very formal), a property-registration (不动产登记)
hotline (formal, government), a blood-donation service line (warm, grateful), a city transit-card
centre (brisk), a video-streaming membership desk (young, casual), a roadside-rescue line (calm
and urgent), a postnatal-care (月子) centre (soft, caring) and a health-check centre (clinical).
Other 工号 forms (职员编号, 接听人, 胸牌号, 应答员, 当班客服, 服务人员代号, 联络员, 在岗), offers of help,
closings, hold announcements and returns in other words, 服务禁语 in seven families, terse
customers, and hard negatives.

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

HO_DOMAINS_LIST = ["gold", "realestate", "blood", "transit", "streaming", "rescue", "postnatal", "checkup"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说", "那么"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number in a form no earlier writer used, an offer of help.  Two are unusual but
# acceptable: the answerer says the line is through to a person and invites the caller to speak
# (no question), and a round-the-clock line's greeting that offers its service in an old word (效力).
HO_GREETINGS = [
    "您好，{hotline}人工服务台，职员编号{agent_zh}，有什么事项需要办理，请直接告诉我。",
    "{tod}，{hotline}，接听人{agent_zh}号，请问您此刻需要哪方面的协助？",
    "您好呀，这边是{hotline}，我是小{agent_surname}，胸牌号{agent_zh}，您有什么想问的，慢慢跟我说。",
    "您好，{hotline}人工应答，应答员{agent_zh}号，线路已经接通，您放心讲。",
    "{tod}，{hotline}全天候专线，当班客服{agent_zh}号随时为您效力，请问有何需要？",
    "您好，{hotline}，服务人员代号{agent_zh}，请问今天我能帮您处理哪件事？",
    "您好，很高兴接到您的来电，这里是{hotline}，联络员{agent_zh}号在岗，请问您希望了解哪一项服务？",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["喂，这里接电话的，讲。", "打错了吧？没打错就说。", "这会儿人手少，你要问啥？", "接到了，有事你就开口。",
                    "还在线吗？在就说。", "又一个，讲你的情况。"]

# ---- closings
HO_CLOSING_ASK = ["您看今天这件事之外，还需要我再替您查点什么吗？", "还有哪些地方没讲清楚，您尽管提？",
                  "其余还有需要我帮您留意的吗？", "此外，您是否还有其他业务需要一并咨询？"]
HO_CLOSING_CUST = ["没了，都明白了。", "暂时就这些。", "够了，谢谢。", "没有别的，就等你们消息。", "没啦，问完了。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; two without 再见
# (thanks plus wishes), which is acceptable.
HO_CLOSING_BYE = {
    None: ["好的，谢谢您今天打进来，祝您一切安好，再见。",
           "事情都给您办妥了，谢谢您，回头有需要再联系，再见。",
           "感谢您的来电和配合，祝您事事顺心，再见。",
           "感谢您对我们的支持，祝您和家人都好。",
           "谢谢您这么耐心，祝您今天过得顺顺利利。"],
    "gold": ["感谢您致电贵金属业务专线，祝您投资稳健，再见。"],
    "realestate": ["感谢来电，祝您早日拿到新证，再见。"],
    "blood": ["谢谢您的爱心，也祝您身体棒棒的，再见。"],
    "transit": ["感谢您的来电，祝您一路畅行，再见。"],
    "streaming": ["谢谢您的支持，祝您追剧愉快，拜拜。"],
    "rescue": ["感谢您的耐心，救援车辆已经在路上，祝您平安，再见。"],
    "postnatal": ["谢谢您的信赖，祝宝宝健康、妈妈早日恢复，再见。"],
    "checkup": ["感谢您的来电，祝您体检顺利，再见。"],
}
HO_CLOSING_CUST_BYE = ["好嘞，谢谢，再见。", "嗯，谢啦。", "行，辛苦你了，拜拜。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["就这些，你等消息。", "结了，下一个电话进来了。", "事情交代完了，我这边收了。", "剩下的看短信，不多讲了。",
                   "好，不聊了，断了。", "就办到这一步，别的去网上看。"]
HO_BAD_CLOSING_CUST = ["就这么挂了？", "行吧，那算了。", "那我自己再看看。", "哦，知道了。"]

# ---- holds: announcements in other words (don't cut the call, hold the phone, the line is not
# dead while it is quiet, stay on the line patiently, don't disconnect, put on hold music, don't
# end the call), thanks on return in other words (一直在线陪我, 辛苦, 抱歉耽搁, 不好意思让您久候, 让您等),
# returns without thanks.
HO_HOLD_ANNOUNCE = ["这个需要到后台调取数据，大概四五十秒，通话请您先别切断，我调完就接着说。",
                    "麻烦您握着电话等我一分钟，我把您的申请记录翻出来。",
                    "接下来听筒里会安静一阵，线路没断，我去跟调度台确认车辆位置。",
                    "我离开座位片刻，去请教一下护理部主任，请您耐心在线。",
                    "我先把话筒闭上，跟窗口的同事核对材料清单，您那头别断开。",
                    "我把通话转到等待旋律上，大约一分钟，回来给您结果。",
                    "请给我几十秒，我去另一个系统里比对一下记录，请您暂时别结束通话。"]
ANNOUNCE_RE = "先别切断|握着电话|线路没断|耐心在线|别断开|等待旋律|别结束通话"
HO_HOLD_THANKS = ["谢谢您一直在线陪我，数据调出来了。", "感谢您握着电话等了这一会儿，申请记录找到了。",
                  "辛苦您了，调度台那边确认了车辆位置。", "抱歉耽搁了您的时间，护理部主任给了答复。",
                  "不好意思让您久候，记录比对好了。"]
HO_THANKS_WORDS = ["谢谢", "感谢", "多谢", "久等", "久候", "麻烦您", "辛苦", "抱歉", "不好意思", "劳驾", "有劳", "难为",
                   "让您等", "耽搁"]
HO_RESUME_NO_THANKS = ["数据调出来了，您的情况是这样的。", "申请记录找到了，材料是齐的。", "主任那边同意了，按这个方案办。",
                       "记录比对好了，问题出在系统延迟。", "结果出来了，我跟您说明。"]
HO_UNANNOUNCED_PRE = ["您说的情况我都记在系统里了。", "明白，这个事由我负责。", "好，您的诉求我整理清楚了。", None, None]
# words a return without thanks, or the line before an unannounced hold, must not have
NOT_ANNOUNCING = ["等", "稍", "挂", "候", "线上", "在线", "别收", "搁", "音乐", "提示音", "片刻", "马上", "一会儿",
                  "一下", "别走", "静音", "安勿躁", "回来", "断", "旋律", "握着", "安静", "结束通话", "离开"]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic).  Two are hard
# negatives: a look-alike of a hold announcement (no wait follows: the agent says none is needed)
# and a look-alike of a closing (thanks in mid-call).
HO_ACK_AGENT = ["是啊，换谁碰上这事都着急，我来帮您理顺。", "好啊，那就照您的意思安排。",
                "您不用等回电，这件事我现在就在电话里给您办。", "谢谢您讲得这么清楚，我这就着手处理。"]
HO_ACK_CUST = ["嗯，行。", "啊，这样啊。", "好，明白。", "哦哦，知道了。", "那行。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["嗯。", "嗯嗯。", "好。", "是。", "了解。", "对对。"]
HO_CUST_BC = ["嗯。", "啊。", "哦。", "好。", "噢。", "行。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "定投的金子这个月怎么没扣款？", "那是您卡里余额不够，自己没存钱倒来问我们。", "自己没存钱倒来问我们"),
    ("blame_customer", "我交的材料怎么又被退回来了？", "退回来就说明您没照要求准备，这能赖窗口吗。", "这能赖窗口吗"),
    ("blame_customer", "我的会员怎么自动续费了？", "开通时页面写得明明白白，是您自己没留神勾上的。", "是您自己没留神"),
    ("refuse_responsibility", "拖车把我的车门刮花了。", "拖车是外包队伍干的活，您的车刮了别冲我们来。", "别冲我们来"),
    ("refuse_responsibility", "卡里的钱坐地铁扣多了。", "扣多少是地铁闸机算的，卡务中心说了不算。", "卡务中心说了不算"),
    ("refuse_responsibility", "体检报告里的结果我看不太懂。", "报告怎么解读那是医生的事，前台概不过问。", "前台概不过问"),
    ("do_it_yourself", "积存金怎么赎回？", "手机银行首页就有入口，您自行研究吧。", "您自行研究吧"),
    ("do_it_yourself", "过户要准备哪些材料？", "清单贴在大厅墙上，您来了抬头自己瞧。", "抬头自己瞧"),
    ("do_it_yourself", "电视上怎么登录会员？", "说明书里有图，您对着图自己摁去。", "自己摁去"),
    ("take_or_leave", "套餐能不能再便宜点？", "价钱就摆在这儿，您掏不起就别订。", "掏不起就别订"),
    ("take_or_leave", "能不能把房间换成朝南的？", "房间都是统一分配的，住就住，不住可以退。", "不住可以退"),
    ("take_or_leave", "救援车能不能快一点到？", "车就这么多，等得了就等，等不了您自己叫拖车。", "等不了您自己叫拖车"),
    ("impatience", "我再问一下，什么时候可以献血？", "您这问题今天问第三遍了，烦不烦。", "烦不烦"),
    ("impatience", "你慢一点，我拿个笔记。", "快点快点，后头还有人排着。", "快点快点"),
    ("impatience", "你能不能从头给我讲一遍？", "从头讲？我哪有那个闲工夫。", "我哪有那个闲工夫"),
    ("sarcasm", "我想把金条的价格锁在上个月。", "锁在上个月，您不如让时间倒流。", "您不如让时间倒流"),
    ("sarcasm", "能不能让护士只陪我一个人？", "只陪您一个，那别的妈妈都不用管了呗。", "别的妈妈都不用管了呗"),
    ("sarcasm", "会员能不能白送我一年？", "白送一年，您怎么不干脆要整个平台。", "您怎么不干脆要"),
    ("talking_down", "不动产证和房产证有什么区别？", "这都分不清，您买房的时候没长心眼吧。", "没长心眼"),
    ("talking_down", "交通卡怎么在手机上充值？", "这么简单还要问，您是头一回用手机吗。", "头一回用手机吗"),
    ("talking_down", "体检前一天能喝水吗？", "这种问题也好意思问，跟您说了也记不住。", "跟您说了也记不住"),
]
HO_FORBIDDEN_REACT = ["你怎么跟客户说话的？", "你这个工号我记住了。", "这话你敢再说一遍吗？", "我现在就投诉你。"]
# Agent hard negatives: taboo-ish words in acceptable service language; four answer the yes-no
# question with 嗯对 / 嗯嗯 (look-alikes are reached far more surely than small talk).
HO_LOOKALIKES = [
    ("blame_customer", "是我自己操作失误了吗？", "不是您的失误，是扣款通道那天在维护，已经给您补扣好了。"),
    ("blame_customer", "是不是我没看清楚条款？", "条款确实写得不够醒目，不怪您，我把要点给您讲一遍。"),
    ("refuse_responsibility", "这事你们能负责吗？", "嗯对，由我们负责，您不用再跑别的部门。"),
    ("refuse_responsibility", "拖车公司那边要我自己去交涉吗？", "不用，外包车队的问题我们出面处理，结果我来告诉您。"),
    ("do_it_yourself", "我能在手机上自己改吗？", "嗯嗯，手机上可以自己改，您不方便的话我现在替您操作。"),
    ("do_it_yourself", "清单我自己去大厅看可以吗？", "嗯对，大厅里能看到，我也把清单发一份到您手机上。"),
    ("take_or_leave", "这个价格是固定的吗？", "嗯嗯，价格是统一的，不过老客户有一次免费升级，我帮您申请。"),
    ("impatience", "我是不是耽误你太多时间了？", "没有的事，您的事就是我现在最要紧的事。"),
    ("impatience", "我能想清楚了再回复你吗？", "当然可以，不着急，想好了随时打过来找我。"),
    ("sarcasm", "我这个想法是不是有点天真？", "一点不天真，很多客户都这么想过，我帮您看看可不可行。"),
    ("talking_down", "我年纪大了，弄不懂这些新东西。", "谁刚开始都不懂，我一步一步陪您弄。"),
    ("talking_down", "我问的是不是很傻？", "不傻，这是大家最常问的问题之一。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("你们这服务真是一塌糊涂。", "给您添堵了，我先把问题给您解决掉。"),
    ("别跟我打官腔。", "好，我直接说结论，今天下午就能办好。"),
    ("你是新来的吧，什么都不知道？", "您的问题我确认清楚了，现在就给您准确答复。"),
    ("我排了半个小时才接通，你们干什么吃的？", "让您排了这么久，实在对不起，接下来的事我一次办完。"),
    ("你们就会收钱不办事。", "费用的事我给您逐笔核对，多收的一定退。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我在高速上爆胎了，打了半个小时你们的电话，好不容易接通又说车都派出去了，旁边全是大货车，我带着孩子根本不敢下车。",
    "我上周去献血，登记的时候说好会给我寄献血证，到现在什么都没收到，短信也没有，我还等着用它给家里人报销。",
    "会员是上个月刚续的，结果昨天开始电视上又提示要付费，手机上能看电视上不能看，我都重新登录十几回了。",
    "我们订的月子房间，入住前说是朝南套间，结果来了给的是朝北的小间，孩子晚上哭也没人来帮忙，我爱人都快崩溃了。",
]
HO_INTERRUPT_AGENT = [
    "您先别下车，最近的救援车二十分钟内赶到。",
    "献血证我这边立刻给您补寄，电子证同步发到您手机。",
    "电视端的权益我现在就给您同步过去。",
    "今天就给您换到朝南套间，夜班护理也给您加上。",
]
HO_EARLY_AGENT = [
    "我先把流程跟您讲清楚，买卖双方带上身份证和原来的不动产证，到登记大厅取号，当场缴税，二十个工作日后领新证。",
    "这边直接把旧交通卡的余额转到新卡上，旧卡押金一并退回，三个工作日内到账，新卡今天就能在地铁站领取。",
    "体检套餐我建议您选升级版，多了甲状腺和颈动脉彩超，价格只多两百，早上八点前空腹过来就行。",
]
# quick customers say these fast: long enough to keep >= 1.5 s of talking over the agent
HO_EARLY_CUST = ["哎哎，你先别往下讲，我问的根本不是这件事。", "停一停，你先听我把话说完好不好。",
                 "不对不对，你弄错了，我说的不是这个情况。"]
HO_AFTER_INTERRUPT_CUST = ["你让我把话讲完行不行？", "好吧，你说。", "我话还没说完。"]
HO_AFTER_EARLY_AGENT = ["抱歉抢了您的话，您请说。", "是我说早了，您接着讲。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics)
HO_GENERIC_QA = [
    ("节假日你们上班吗？", "嗯对，节假日照常有人接听。"),
    ("能用微信付钱吗？", "嗯嗯，微信和支付宝都支持。"),
    ("办完了有凭证吗？", "有凭证，电子版和纸质版都可以给您。"),
    ("家里人可以替我办吗？", "可以代办，带上您签字的委托书就行。"),
    ("大概要多久能好？", "一般三到五个工作日。"),
    ("过去停车方便吗？", "楼下有地下停车场，前两小时免费。"),
    ("能开发票吗？", "好啊，开票信息您在小程序里填好就行。"),
    ("我年纪大了，你们能照顾点吗？", "是啊，老年人走绿色通道，不用排队。"),
    ("费用能报销吗？", "可以报销，发票上会写明项目。"),
    ("有进展能告诉我吗？", "有进展第一时间发短信告诉您。"),
    ("最近有优惠吗？", "本月办理立减三十元。"),
    ("需要提前预约吗？", "建议提前一天预约，当天来也能办。"),
    ("晚上几点下班？", "人工服务到晚上八点。"),
    ("你们在哪个位置？", "位置和路线我发短信给您。"),
]
# Customers' long turns: the caller explains before asking (less often in this set: terse callers).
HO_CUST_DETAIL = ["我先交代一下，我前天在网上提交过，系统提示已受理，可后来一直没动静。",
                  "这个是替我妈妈问的，她不太会用手机，资料都在我这儿。",
                  "我这边信号不太好，在地下车库，要是断了我再打过来。",
                  "同样的问题我问过你们两次了，每次说的都不太一样，今天想问个准话。",
                  "原本打算月底办的，现在时间提前了，有点急。"]
HO_CUST_SEARCH = ["稍等，我翻翻手机相册。", "我看看那张票据搁哪儿了。"]
HO_CUST_FILLER_OPEN = ["嗯，", "呃，", "啊，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["手机号码麻烦您再讲一次？"],
    "name": ["请您把姓名再讲一次？"],
    "id": ["证件号后六位麻烦再念一遍？"],
    "account": ["您的{acct_label}麻烦再念一次？"],
    "address": ["您的地址麻烦再讲一次？"],
}
HO_SLOT_ANSWER = {
    "phone": "手机号{phone_zh}。", "name": "{name}。", "id": "后六位{id6_zh}。",
    "account": "{acct_label}{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["前面讲过了，", "", "好，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["我复述一遍，手机{phone_zh}，对吧？"],
    "name": ["我复述一遍，登记人{name}，对吧？"],
    "id": ["我复述一遍，证件尾号{id6_zh}，对吧？"],
    "account": ["我复述一遍，{acct_label}{acct_zh}，对吧？"],
    "address": ["我复述一遍，地址是{address}，对吧？"],
}
HO_READBACK_CUST = ["对。", "是的，没错。", "嗯，对的。", "对，就这个。"]
HO_NEW_ASK = {
    "phone": ("到时候能给我回个电话吗？", "嗯对，可以回电，您留个手机号码？", "{phone_zh}。", "好，回电号码记下了。"),
    "name": ("要留名字吗？", "需要留，您怎么称呼？", "{name}。", "好，已经写进登记表了。"),
    "address": ("东西能寄到我家吗？", "嗯嗯，可以寄，寄到哪个地址？", "{address}。", "好，寄送地址记好了。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]),
                    ("account", ["卡号", "账号", "编号", "档案号", "流水号", "单号"]),
                    ("name", ["姓名", "名字", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["再讲", "再念", "再说", "报一下", "说一下", "是多少", "告知", "提供"]


# the slot an agent line asks for, or None (read-backs 「我复述一遍…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("复述一遍",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so several
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).  Two
# results and two follow-ups are look-alikes: keep the phone reachable / answer the doctor's call
# (no hold follows), thanks and good wishes in mid-call (not a closing).
HO_DOMAINS = {
    "gold": {
        "companies": [("金穗银行贵金属业务专线", "金穗银行贵金属业务专线")],
        "acct_label": "贵金属交易账号",
        "verify": [("请您提供贵金属交易账号。", "{acct_zh}。", ["account"]),
                   ("请问您的姓名及证件后六位？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["我定投的积存金这个月没扣款。", "积存金定投好像停了，我想问问原因。"],
             "result": ["经查询，本月扣款日您的签约卡余额不足，系统已自动顺延至下一扣款日，定投计划保持有效。"],
             "qa": [("顺延会多收手续费吗？", "嗯嗯，不会，顺延扣款不产生额外费用。")]},
            {"open": ["我想把手上的金条卖回给银行，怎么办理？"],
             "result": ["实物金条回购需本人携带金条、购买凭证和身份证到指定网点办理，按当日回购价结算。"],
             "qa": [("包装拆了还能回购吗？", "可以回购，需要网点检测后按克重计价。")]},
        ],
    },
    "realestate": {
        "companies": [("江州市不动产登记中心咨询热线", "江州市不动产登记中心咨询热线")],
        "acct_label": "登记申请单号",
        "verify": [("麻烦报一下登记申请单号。", "{acct_zh}。", ["account"]),
                   ("申请人姓名是什么？", "{name}。", ["name"])],
        "issues": [
            {"open": ["我递交的过户材料被退回来了。", "过户申请没通过，材料退回来了。"],
             "result": ["退件原因是缺少一份婚姻状况证明，补齐后可以在网上重新提交，不用再排队。"],
             "qa": [("补交以后要重新算时间吗？", "嗯对，从补交那天起重新计算五个工作日。")]},
            {"open": ["二手房买好了，不动产证要怎么办？"],
             "result": ["买卖双方一起到登记大厅，交完税当场受理，二十个工作日后领证，也可以选邮寄。"],
             "qa": [("卖家不能到场怎么办？", "卖家可以出具公证委托书，委托他人到场。")]},
        ],
    },
    "blood": {
        "companies": [("临川市中心血站献血服务热线", "临川市中心血站献血服务热线")],
        "acct_label": "献血证编号",
        "verify": [("您的献血证编号方便说一下吗？", "{acct_zh}。", ["account"]),
                   ("献血时留的手机是多少？", "{phone_zh}。", ["phone"])],
        "issues": [
            {"open": ["上次献血的献血证一直没收到。", "献血证说寄给我，到现在也没到。"],
             "result": ["查到了，献血证寄丢了，今天给您重新补寄一份，电子献血证也已经生成，在小程序里就能看到。"],
             "qa": [("电子证能用来报销吗？", "嗯对，电子证和纸质证效力一样。")]},
            {"open": ["我想问问多久能再献一次血。"],
             "result": ["全血献血间隔六个月，献血小板间隔两周，献血前一晚休息好，早上吃清淡一点。"],
             "qa": [("感冒刚好能献吗？", "痊愈一周以后再来会更稳妥，谢谢您一直惦记着献血。")]},
        ],
    },
    "transit": {
        "companies": [("鹭城一卡通客户服务中心", "鹭城一卡通客户服务中心")],
        "acct_label": "交通卡卡号",
        "verify": [("交通卡卡号报一下。", "{acct_zh}。", ["account"]),
                   ("绑定的手机号码是多少？", "{phone_zh}。", ["phone"])],
        "issues": [
            {"open": ["坐地铁被多扣了一次钱。", "我的卡一次进站扣了两笔。"],
             "result": ["查到了，出站闸机重复扣了一笔，已经退回卡里，下次刷卡时自动写入。"],
             "qa": [("要去站里才能写入吗？", "嗯嗯，任意一个站的闸机或充值机刷一下都行。")]},
            {"open": ["交通卡丢了，里面还有钱。"],
             "result": ["实名卡可以挂失，余额{amount}元转到新卡上，新卡工本费二十元。"],
             "qa": [("新卡在哪儿领？", "地铁站客服中心都能领。")]},
        ],
    },
    "streaming": {
        "companies": [("星幕视频会员服务中心", "星幕视频会员服务中心")],
        "acct_label": "视频会员账号",
        "verify": [("您的会员账号是多少？", "{acct_zh}。", ["account"]),
                   ("开通会员的手机号码说一下？", "{phone_zh}。", ["phone"])],
        "issues": [
            {"open": ["会员自动续费了，我没想续。", "我的会员莫名其妙自动扣了一个月的钱。"],
             "result": ["自动续费已经给您关掉了，这次扣的{amount}元因为还没观看，三个工作日内原路退回。"],
             "qa": [("以后还会扣吗？", "嗯对，关掉以后就不会再扣了。")]},
            {"open": ["电视上看不了会员的片子。"],
             "result": ["您的会员是手机端的，电视端需要升级成全屏会员，差价按剩余天数算。"],
             "qa": [("能几台设备一起用？", "全屏会员同时可以登两台电视、三台手机。")]},
        ],
    },
    "rescue": {
        "companies": [("途安道路救援服务热线", "途安道路救援服务热线")],
        "acct_label": "救援单号",
        "verify": [("您的救援单号是多少？", "{acct_zh}。", ["account"]),
                   ("车主姓名和手机号码说一下？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["我的车在高速上爆胎了。", "车子坏在半路上了，动不了。"],
             "result": ["救援车已经派出，预计二十五分钟到，请您打开双闪，人员撤到护栏外面，手机保持畅通，司机到了会联系您。"],
             "qa": [("三角牌要放多远？", "嗯嗯，高速上放在车后一百五十米以外。")]},
            {"open": ["上次拖车把我的车刮了。"],
             "result": ["这次刮伤由我们承担，您把照片发过来，合作的修理厂免费给您补漆。"],
             "qa": [("补漆要多久？", "一般一天就能修好。")]},
        ],
    },
    "postnatal": {
        "companies": [("馨月母婴护理中心", "馨月母婴护理中心")],
        "acct_label": "月子合同编号",
        "verify": [("麻烦告知一下您的月子合同编号。", "{acct_zh}。", ["account"]),
                   ("入住妈妈的姓名是？", "{name}。", ["name"])],
        "issues": [
            {"open": ["我们订的朝南套间，给换成了朝北的小间。", "入住的房间跟合同上写的不一样。"],
             "result": ["是我们安排出了差错，今天下午就给您换回朝南套间，多出的天数不另收费。"],
             "qa": [("夜里能多一个护理吗？", "嗯对，夜班给您加一位护理师。")]},
            {"open": ["想咨询一下下个月的入住。"],
             "result": ["下个月还有两间套房，二十八天的套餐包括产后修复和宝宝洗浴，可以先来参观，也祝您孕期顺顺利利。"],
             "qa": [("家属能陪住吗？", "可以陪住一位家属，餐费另算。")]},
        ],
    },
    "checkup": {
        "companies": [("康衡健康体检中心预约专线", "康衡健康体检中心预约专线")],
        "acct_label": "体检单号",
        "verify": [("请报一下您的体检单号。", "{acct_zh}。", ["account"]),
                   ("体检人的姓名和证件后六位是？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["体检报告出来了，有几项我看不懂。", "报告上有几个箭头，我想问问什么意思。"],
             "result": ["报告已经出来，我给您预约一次免费的医生解读，{due}上午十点在三楼解读室。"],
             "qa": [("能电话解读吗？", "嗯嗯，可以，医生会在预约时间打给您，到时候留意接听就好。")]},
            {"open": ["想给父母约一个体检。"],
             "result": ["给两位老人约在{due}早上八点，检查前一天晚饭清淡，当天空腹。"],
             "qa": [("做胃镜要家属陪吗？", "做无痛胃镜需要一位家属陪同。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["欧", "褚", "闵", "栾", "芮", "查", "容", "宫", "凌", "车", "邬", "鞠", "荣", "井", "柴", "伍"]
DOCTORS = SURNAMES           # the shared slot maker draws a {doctor}; no blind13 template uses it
NAMES = ["欧阳晴", "褚建华", "闵丽萍", "栾志刚", "芮晓雯", "容嘉怡", "宫伟杰", "凌秀芝", "车永军", "邬佳琦",
         "鞠海平", "柴思彤"]
AREAS = ["临湖苑", "翠竹园", "金桂花园", "望江新城", "梅岭小区", "丹枫里"]
CITIES = ["九江", "常德", "绵阳", "衢州", "包头", "漳州", "遵义", "营口"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["顺便问一下，我前阵子办的那件事有结果了吗？", "还有一件，之前提交的申请批下来没有？"]
HOLD2_AGENT = "之前那份申请已经办结，通知短信上周就发出去了。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
