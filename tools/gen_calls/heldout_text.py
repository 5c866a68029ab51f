# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile heldout`` (dev only).

Written independently of the QA rules' phrase lists and of the base/eval generator text: other
centres' standard openings and closings, other hold wordings, 服务禁语 families with innocent
look-alikes, other domains (hospital appointments, railway tickets, property management, car
after-sales, district heating).  Template syntax as in scenarios.py: ``[a|b]`` picks one,
``{slot}`` is filled from the call's slot dict.

Agent text outside the injected defects never contains the fillers 嗯 啊 呃 (nor 那个 / 就是,
which other sets treat as tics) or a taboo key; ``lint()`` checks this.
"""
import re
import sys

from text_checks import has_filler, slot_asker, taboo_keys

HO_DOMAINS_LIST = ["hospital", "railway", "property", "auto", "heating"]

# Filler tics the held-out set injects (clause starts only; one or two per filler call).
HO_FILLERS = ["嗯", "啊", "呃"]
# Never in non-defect agent text (substring), and never as a phrase of their own.
HO_FILLER_SUBSTR = ["嗯", "啊", "呃", "那个", "就是"]
HO_FILLER_ALONE = ["额", "这个", "然后"]

# ---- openings.  Standard: a greeting (您好 / 上午好 ...), the centre or the agent's number, and
# an offer of service.  {tod} is 上午好 / 下午好 / 晚上好 from the call's start time.
HO_GREETINGS = [
    "您好，{hotline}客服中心，工号{agent_zh}很高兴为您服务。",
    "您好，我是客服{agent_zh}号，请问您需要咨询什么问题？",
    "您好，{hotline}，{agent_zh}号为您服务，请讲。",
    "{tod}，{hotline}服务热线，{agent_zh}号客服很高兴为您服务，请问您要办理什么业务？",
    "您好，欢迎致电{hotline}，我是{agent_zh}号客服专员，请问有什么需要帮助的吗？",
    "您好，{hotline}服务中心，我的工号是{agent_zh}，请问您遇到了什么问题？",
    "{tod}，这里是{hotline}，客服{agent_zh}号竭诚为您服务。",
]
# Not standard: no centre, no agent number, no polite greeting (or a curt 喂 / 你讲).
HO_BAD_GREETINGS = ["喂，你好。", "喂，哪里？", "你好，说吧。", "喂，听得到吗？有什么事？",
                    "你好，我这边是客服，你讲。", "对，客服，什么事？", "喂，你找谁？"]

# ---- closings
HO_CLOSING_ASK = ["请问还有其他可以帮您的吗？", "您看还有其他问题需要我帮您处理吗？",
                  "请问还有别的需要咨询的吗？", "还有什么需要我为您做的吗？"]
HO_CLOSING_CUST = ["没有了，谢谢你。", "没了，麻烦你了。", "就这些，谢谢。", "没有了，辛苦了。", "暂时没有了。"]
# Standard: thanks for the call (or the patience) and a farewell / good wishes.
HO_CLOSING_BYE = {
    None: ["感谢您的来电，祝您生活愉快，再见。",
           "好的，那就不打扰您了，感谢您的耐心，稍后请对我的服务做出评价，再见。",
           "感谢您的来电，挂机后请对本次服务进行评价，谢谢，再见。",
           "好的，感谢您对我们工作的支持，再见。",
           "不客气，感谢您的来电，祝您一切顺利。"],
    "hospital": ["不客气，感谢您的来电，祝您早日康复，再见。"],
    "railway": ["感谢您的来电，祝您旅途愉快，再见。"],
    "auto": ["感谢您的来电，祝您用车愉快，再见。"],
    "heating": ["感谢您的来电，祝您全家冬天温暖舒适，再见。"],
    "property": ["感谢您的来电，祝您居住愉快，再见。"],
}
HO_CLOSING_CUST_BYE = ["再见。", "好，再见。", "拜拜。", "", ""]
# Not standard (missing_closing): no thanks for the call, no farewell.
HO_BAD_CLOSINGS = ["好了，就这样吧。", "行，那你等通知吧。", "没事了吧？那我挂了。", "那就先这样。",
                   "行，拜拜。", "好，你自己留意短信吧。"]
HO_BAD_CLOSING_CUST = ["那好吧。", "哦，知道了。", "行吧，那我等着。", "好。"]

# ---- holds
HO_HOLD_ANNOUNCE = ["请您不要挂断电话，我去帮您查一下。", "麻烦您先别挂，我这边核实一下具体情况。",
                    "我需要查询一下系统记录，可能要一点时间，请您在线稍候。",
                    "我帮您联系一下相关部门确认，请您保持通话，不要挂机。",
                    "这个我得去问一下后台的同事，请您稍微等我一会儿。"]
HO_HOLD_THANKS = ["不好意思，让您等了这么久。", "谢谢您的耐心等候。", "久等了，您的情况我已经核实清楚了。",
                  "抱歉让您久等了，这边已经帮您确认好了。", "您好，谢谢您的等候，已经查到了。"]
HO_THANKS_WORDS = ["久等", "谢谢", "感谢", "等候", "等了"]
# Resuming without thanks (after an unannounced hold, or missing_hold_thanks).
HO_RESUME_NO_THANKS = ["喂，您好，还在吗？", "您好，这边已经核实了。", "好，结果出来了。", "喂，您还在线吧？",
                       "您好，我回来了，是这样的。"]
# What the agent may say right before an unannounced hold (no hint of a wait), or nothing.
HO_UNANNOUNCED_PRE = ["好的。", "行。", "好，明白。", None, None]

HO_ACK_AGENT = ["好的，清楚了。", "明白，您说的情况我记下了。", "好的，收到。", "了解。"]
HO_ACK_CUST = ["好。", "行，知道了。", "哦，原来是这样。", "好的，明白了。", "那行。"]

# Backchannels: the agent's inside customer turns, the customer's inside agent turns.  Neither is
# an event, an utterance or an interruption.
HO_AGENT_BC = ["嗯。", "嗯嗯。", "对。", "好的。", "是的。", "明白。"]
HO_CUST_BC = ["嗯。", "对。", "嗯嗯。", "好。", "是。", "对对。"]

# ---- taboo (服务禁语) families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_understanding", "你能再解释一下吗？我还是没太懂。", "这么简单的事情，您怎么还不明白？", "怎么还不明白"),
    ("blame_understanding", "所以我到底要交多少钱？", "我刚才已经讲得很清楚了，是您自己没听明白。", "您自己没听明白"),
    ("blame_understanding", "你说的那些流程我没记住。", "我都说了三遍了，您能不能认真听？", "您能不能认真听"),
    ("refuse_responsibility", "那这个问题该谁负责？", "这不是我们的责任，您找别人去吧。", "这不是我们的责任"),
    ("refuse_responsibility", "你们能不能帮我联系一下？", "这事跟我们没关系，您自己去找他们。", "跟我们没关系"),
    ("refuse_responsibility", "这个问题你能处理吗？", "这不归我管，您打别的电话问吧。", "不归我管"),
    ("read_yourself", "这个要怎么操作呢？", "说明书上都写着呢，您自己回去看吧。", "您自己回去看"),
    ("read_yourself", "我不知道在手机上怎么弄。", "网上都有教程，您自己去查一下。", "您自己去查"),
    ("take_or_leave", "这个规定也太不合理了吧。", "规定就这样，您爱办不办。", "爱办不办"),
    ("take_or_leave", "能不能给我通融一下？", "不行，不接受的话那就算了。", "不接受的话那就算了"),
    ("take_or_leave", "这个结果我不满意。", "您不满意也没用，我们只能这样处理。", "不满意也没用"),
    ("impatience", "等一下，我还有一个问题想问。", "您快点说吧，我这边还有很多电话要接。", "您快点说吧"),
    ("impatience", "我再跟你说一下当时的情况。", "行了行了，您别说了，我知道了。", "行了行了"),
    ("impatience", "你能不能说慢一点？", "我已经说得够慢了，您记一下不就行了。", "不就行了"),
]
HO_FORBIDDEN_REACT = ["你这是什么服务态度？", "我要投诉你。", "算了算了。", "你怎么这么说话？"]
# Innocent look-alikes (hard negatives): same topics and words, acceptable service language.
HO_LOOKALIKES = [
    ("blame_understanding", "我是不是理解错了？", "您理解得没错，是我刚才没有说清楚，我再跟您解释一下。"),
    ("blame_understanding", "不好意思，我说得有点乱。", "没关系，您不着急，慢慢说，我在听。"),
    ("refuse_responsibility", "这个问题是你们负责吗？", "这个问题由我们来负责，请您放心，我会跟进到底。"),
    ("refuse_responsibility", "这个不是你们管的吧？",
     "这项业务由合作单位办理，我把他们的服务电话发到您的手机上，您也可以让我帮您转过去。"),
    ("read_yourself", "说明书上的步骤我看不懂。", "没关系，您不用自己看说明书，我现在一步一步跟您说。"),
    ("read_yourself", "我能自己在网上查吗？", "可以的，您可以自己在网上查，也可以随时来电让我们帮您查。"),
    ("take_or_leave", "要是我对结果不满意怎么办？", "如果您对处理结果不满意，可以随时再联系我们，我们会继续跟进。"),
    ("take_or_leave", "这个规定能改吗？", "这个规定是统一执行的，不过我可以把您的意见记录下来，反馈给相关部门。"),
    ("impatience", "你是不是很忙？我是不是耽误你时间了？", "不会的，您慢慢说，我这边有时间。"),
    ("impatience", "你能不能说慢一点？", "好的，我说慢一点，您拿笔记一下。"),
]

# ---- interruptions
HO_INTERRUPT_CUST = [
    "你先听我把话说完，上次你们的工作人员跟我说得好好的，结果到了约定的时间根本没人来，我在家等了一整天。",
    "我不是要听这些解释，我只想知道到底什么时候能给我一个明确的答复，你们一拖再拖，我的时间也是时间。",
    "我今天打电话是想把这件事情彻底说清楚，从上个月开始到现在，前前后后我已经打了不下五次电话了。",
    "我跟你讲，这个问题我已经反映过好几次了，每次都说马上处理，可是到现在还是老样子，一点变化都没有。",
]
HO_INTERRUPT_AGENT = [
    "您说的情况我明白了，我现在帮您查一下上次的派单记录，看看是哪个环节出了问题。",
    "我这边先跟您说一下处理流程，我们会在今天之内安排专人联系您，您不用再重复说明了。",
    "这个情况系统里面都有记录，我直接帮您提交一个加急工单，您稍后留意一下短信通知。",
    "您先不要着急，我们这边已经看到您的反馈了，今天下班之前一定给您一个明确的答复。",
]
# The agent starts first and keeps going although the customer starts 0.4 s later.
HO_EARLY_AGENT = [
    "好的，那我先跟您确认一下处理方案，我们这边会先安排工作人员联系您，再约定一个具体的上门时间。",
    "那我跟您说一下接下来的安排，我们会在两个工作日内给您回电，到时候会把处理结果详细告诉您。",
    "这样的话我建议您先按照刚才说的方法试一下，如果还是不行，我们再给您安排专门的人员处理。",
]
HO_EARLY_CUST = ["我还想补充一点，上次来的师傅根本没有把问题解决好。", "等一下，我刚才说的那个情况你还没有记下来。",
                 "不是的，我的意思是之前已经试过这个办法了。"]
HO_AFTER_INTERRUPT_CUST = ["好吧。", "行，那你查吧。", "你先让我说完好吗？", "我还没说完呢。"]
HO_AFTER_EARLY_AGENT = ["不好意思，您请讲。", "抱歉，您刚才想说什么？"]

# ---- generic follow-ups (customer, agent)
HO_GENERIC_QA = [
    ("你们这个电话白天晚上都能打通吗？", "我们是二十四小时人工服务，您随时都可以来电。"),
    ("那我需要再打电话确认一下吗？", "不用的，有结果我们会主动联系您。"),
    ("能不能帮我记一下，下次打过来不用再说一遍了？", "好的，我已经把您的情况记录在系统里了，下次来电同事可以直接看到。"),
    ("这个要多久能有回复？", "一般两个工作日之内会有专人给您回复。"),
    ("能不能发个短信给我，我怕记不住。", "可以的，挂机以后系统会把办理结果发到您的手机上。"),
    ("我要是还有疑问还能找你吗？", "您再来电的时候，其他同事也可以帮您处理，记录都是共享的。"),
    ("这个事情能不能快一点？我挺着急的。", "理解您的心情，我已经帮您标注了加急，会优先处理。"),
    ("你们能开发票吗？", "可以的，您可以在手机上申请电子发票，开好以后会发到您的邮箱。"),
    ("我是帮我父亲问的，他本人不方便打电话。", "没问题，家属也可以帮忙咨询，办理的时候带上他的身份证件就可以。"),
    ("要是处理结果有问题，我还能申诉吗？", "可以的，您可以再次来电申请复核，我们会重新为您处理。"),
    ("你们的工作人员上门前会先打电话吗？", "会的，工作人员会提前半个小时跟您电话联系。"),
    ("我这边信号不太好，你听得清吗？", "听得很清楚，您请继续说。"),
    ("这个有没有什么优惠活动？", "目前在手机上办理可以享受一些优惠，具体的活动内容会在公众号上公布。"),
    ("办完以后会有什么凭证吗？", "办理完成以后会生成一条记录，您在手机上随时可以查看。"),
]
HO_CUST_DETAIL = [
    "我上个星期就打过一次电话了，当时说会有人联系我，但是一直没有消息。",
    "我在你们的网站上找了好久也没找到入口，只好打电话来问。",
    "我今天请了半天假专门处理这个事情，希望能一次性解决。",
    "我不太懂这些流程，所以想请你帮我仔细讲一讲。",
]
HO_CUST_SEARCH = ["您稍等，我找一下。", "等一下，我翻一下本子。"]
HO_CUST_FILLER_OPEN = ["嗯，", "呃，", "啊，"]   # customers' own tics (never events)

# ---- slots: verify questions, re-asks (repeated_question), read-backs and first asks (look-alikes)
HO_REPEAT_ASK = {
    "phone": ["不好意思，您的手机号能再报一遍吗？", "您刚才说的手机号码是多少？", "麻烦您再说一遍联系电话。"],
    "name": ["请问您贵姓？", "不好意思，您的姓名是？", "麻烦您再说一遍您的名字。"],
    "id": ["身份证后六位您再说一遍？", "请问身份证号码后六位是多少？"],
    "account": ["您的{acct_label}能再报一遍吗？", "请问您的{acct_label}是多少？"],
    "address": ["您家的地址是哪里来着？", "麻烦您再说一遍住址。"],
    "vin": ["车架号后六位能再报一遍吗？", "请问车架号后六位是多少？"],
}
HO_SLOT_ANSWER = {
    "phone": "手机号是{phone_zh}。", "name": "我叫{name}。", "id": "后六位是{id6_zh}。",
    "account": "{acct_label}是{acct_zh}。", "address": "{address}。", "vin": "后六位是{vin6}。",
}
HO_REANSWER_PREFIX = ["刚才说过了呀，", "我刚报过了，", "", "怎么又问一遍，"]
HO_READBACK = {
    "phone": ["我跟您核对一下，手机号是{phone_zh}，没错吧？"],
    "name": ["好的，{name}，没错吧？"],
    "id": ["身份证后六位是{id6_zh}，我核对一下，没错吧？"],
    "account": ["好的，{acct_label}是{acct_zh}，我重复一遍，没错吧？"],
    "address": ["好的，地址是{address}，没错吧？"],
    "vin": ["车架号后六位是{vin6}，我核对一下，没错吧？"],
}
HO_READBACK_CUST = ["对。", "没错。", "对的。", "是的，没错。"]
# (customer lead-in, agent first ask, customer answer, agent wrap-up)
HO_NEW_ASK = {
    "phone": ("处理完能给我回个电话吗？", "可以的，请问您方便接听的电话号码是多少？", "{phone_zh}。",
              "好的，已经帮您登记了回访电话。"),
    "name": ("这个要不要登记我的名字？", "需要的，请问您贵姓？", "我姓{surname}。", "好的，已经为您登记好了。"),
    "address": ("能不能安排人上门看看？", "可以的，请问您的详细地址是哪里？", "{address}。", "好的，已经为您预约了上门。"),
}
# slot keywords for recognising an agent's slot question (checked in order)
HO_SLOT_KEYWORDS = [("id", ["身份证"]), ("vin", ["车架号"]), ("account", ["卡号", "户号", "会员号", "账号", "房号"]),
                    ("name", ["姓名", "名字", "称呼", "贵姓"]), ("address", ["地址", "住址", "哪栋", "哪户"]),
                    ("phone", ["手机", "电话"])]


# the slot an agent line asks for, or None (read-backs ending 没错吧 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ["提供一下", "再报一遍", "再说一遍", "说一下"], read_backs=("没错吧", "新的"))


# ---- domains (none of them in the base or eval profiles)
HO_DOMAINS = {
    "hospital": {
        "companies": [("仁和医院预约挂号中心", "仁和医院"), ("康宁医院预约中心", "康宁医院")],
        "acct_label": "就诊卡号",
        "verify": [("请问您的就诊卡号是多少？", "就诊卡号是{acct_zh}。", ["account"]),
                   ("请您提供一下患者的姓名和身份证后六位。", "患者叫{name}，身份证后六位是{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["你好，我想给我妈挂一个心内科的专家号。", "我想预约下周的口腔科，还有号吗？"],
             "result": ["{due}上午还有{doctor}主任的号，挂号费是五十元，我现在帮您预约。"],
             "qa": [("需要空腹吗？", "如果要抽血化验的话，建议您早上空腹过来。"),
                    ("要提前多久到？", "请您在预约时间前半个小时到门诊一楼取号。")]},
            {"open": ["我预约的号想取消，临时有事去不了。", "你好，我想退掉明天的挂号。"],
             "result": ["已经帮您取消了{due}的预约，挂号费会在三个工作日内原路退回。"],
             "qa": [("取消了会影响我下次预约吗？", "一个月内取消不超过三次，不会影响您正常预约。")]},
            {"open": ["我上周做的检查，报告出来了吗？"],
             "result": ["您的检查报告已经出来了，可以在医院的自助机上打印，也可以在手机上查看。"],
             "qa": [("报告上的结果我看不懂怎么办？", "建议您带着报告复诊，由医生给您详细解读。")]},
        ],
    },
    "railway": {
        "companies": [("通达铁路客户服务中心", "通达铁路")],
        "acct_label": "会员号",
        "verify": [("请您提供一下购票人的姓名和身份证后六位。", "我叫{name}，后六位是{id6_zh}。", ["name", "id"]),
                   ("请问您购票时登记的手机号码是多少？", "是{phone_zh}。", ["phone"])],
        "issues": [
            {"open": ["我买的明天去{city}的车票，想改到后天。", "你好，我的火车票想改签一下。"],
             "result": ["可以为您改签，后天同一时段还有二等座，票价相同，不需要补差价。"],
             "qa": [("改签以后还能退票吗？", "改签后的车票也可以退，但是会按照规定收取一定的退票费。")]},
            {"open": ["我有个东西落在火车上了，一个黑色的双肩包。"],
             "result": ["已经帮您联系了列车工作人员，您的背包找到了，会交到{city}站的失物招领处。"],
             "qa": [("我什么时候能去拿？", "明天上午九点以后，您带上身份证到车站失物招领处领取就可以了。")]},
            {"open": ["我想退一张票，退票费怎么算？"],
             "result": ["您的车票距离开车还有三天，退票需要收取票价百分之五的手续费，退款{amount}元会原路退回。"],
             "qa": [("退款多久到账？", "一般在一到七个工作日内退回到您的支付账户。")]},
        ],
    },
    "property": {
        "companies": [("安居物业服务中心", "安居物业"), ("锦程物业服务中心", "锦程物业")],
        "acct_label": "房号",
        "verify": [("请问您家的详细地址是哪里？", "{address}。", ["address"]),
                   ("请问业主的姓名和联系电话是多少？", "业主是{name}，电话是{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["我家卫生间漏水，楼下邻居说天花板都湿了。"],
             "result": ["已经为您安排了维修师傅，今天下午两点到四点之间上门查看。"],
             "qa": [("维修要收费吗？", "如果是公共管道的问题，维修是免费的，户内管道会按照标准收取材料费。")]},
            {"open": ["楼上每天晚上装修到十点多，太吵了。"],
             "result": ["我们会马上联系楼上的业主，提醒他们按照规定的时间施工。"],
             "qa": [("要是他们还不听呢？", "我们会安排管家上门沟通，并且持续跟进，直到问题解决。")]},
            {"open": ["我想问一下今年的物业费是多少。"],
             "result": ["您家今年的物业费是{amount}元，在{due}之前缴纳可以享受九五折优惠。"],
             "qa": [("可以在手机上交吗？", "可以的，您可以在我们的业主小程序上直接缴费。")]},
        ],
    },
    "auto": {
        "companies": [("驰远汽车售后服务中心", "驰远汽车")],
        "acct_label": "会员号",
        "verify": [("请您提供一下车架号的后六位。", "后六位是{vin6}。", ["vin"]),
                   ("请问车主的姓名和手机号码是多少？", "车主是{name}，手机号是{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["我想预约一下车辆的保养。", "我的车快到一万公里了，想做个保养。"],
             "result": ["您的车可以在{due}上午进店保养，我们已经为您预留了工位。"],
             "qa": [("保养大概要多长时间？", "常规保养大概一个半小时左右，您可以在休息区等候。")]},
            {"open": ["我的车仪表盘上亮了一个黄色的灯。"],
             "result": ["根据您描述的情况，建议您尽快到店检测，我们可以为您安排救援或者预约检测。"],
             "qa": [("还能继续开吗？", "如果只是黄灯，可以低速行驶到店，但是请不要长途驾驶。")]},
            {"open": ["我收到短信说我的车要召回，是怎么回事？"],
             "result": ["您的车在这次召回范围内，需要免费更换一个零件，整个过程大概一个小时。"],
             "qa": [("召回要花钱吗？", "召回维修是完全免费的，不收取任何费用。")]},
        ],
    },
    "heating": {
        "companies": [("暖源供热公司", "暖源供热")],
        "acct_label": "供热户号",
        "verify": [("请问您的供热户号是多少？", "户号是{acct_zh}。", ["account"]),
                   ("请问您家的详细地址是哪里？", "{address}。", ["address"])],
        "issues": [
            {"open": ["我家暖气一点都不热，屋里才十五度。", "你好，我家的暖气片上面热下面凉。"],
             "result": ["已经为您登记了报修，维修人员会在二十四小时内上门检查管道和阀门。"],
             "qa": [("是不是要放一下气？", "可以先打开暖气片上的放气阀，听到没有气声、有水流出来就可以关上了。")]},
            {"open": ["我想办理暖气报停，家里今年冬天没人住。"],
             "result": ["可以为您办理报停，报停以后需要缴纳百分之三十的基础热费。"],
             "qa": [("什么时候之前要办？", "报停需要在每年供暖开始之前办理，今年已经开始供暖了，只能从明年开始。")]},
            {"open": ["我想问一下今年的取暖费是多少。"],
             "result": ["您家的供热面积是{area_m2}平方米，今年的取暖费是{amount}元。"],
             "qa": [("可以分期交吗？", "暂时不支持分期，您可以在手机上或者营业厅一次性缴纳。")]},
        ],
    },
}

SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林"]
DOCTORS = ["王", "李", "张", "刘", "陈", "杨", "周", "吴"]


# The second hold's lead-in (customer) and the agent's result after it.
HOLD2_CUST = ["能不能帮我再确认一下之前的处理记录？", "麻烦你帮我看看之前报的那个问题怎么样了。"]
HOLD2_AGENT = "之前的处理记录显示，您的问题已经转给专人跟进了。"


def clean_agent_lines() -> list:
    """Every agent template that can appear outside an injected defect."""
    out = list(HO_GREETINGS) + HO_CLOSING_ASK + [b for v in HO_CLOSING_BYE.values() for b in v]
    out += HO_HOLD_ANNOUNCE + HO_HOLD_THANKS + HO_RESUME_NO_THANKS + [x for x in HO_UNANNOUNCED_PRE if x]
    out += HO_ACK_AGENT + [a for _, a in HO_GENERIC_QA] + [a for _, _, a in HO_LOOKALIKES]
    out += HO_INTERRUPT_AGENT + HO_EARLY_AGENT + HO_AFTER_EARLY_AGENT
    out += [t for v in HO_READBACK.values() for t in v] + [w for _, _, _, w in HO_NEW_ASK.values()]
    out += [HOLD2_AGENT]
    for d in HO_DOMAINS.values():
        for iss in d["issues"]:
            out += iss["result"] + [a for _, a in iss["qa"]]
    return out


def lint() -> int:
    bad = []
    clean = clean_agent_lines()
    asks = [q for d in HO_DOMAINS.values() for q, _, _ in d["verify"]] + [a for _, a, _, _ in HO_NEW_ASK.values()]
    keys = taboo_keys(sys.modules[__name__])
    for line in clean + asks + [t for v in HO_REPEAT_ASK.values() for t in v] + HO_BAD_GREETINGS + HO_BAD_CLOSINGS:
        for w in has_filler(line, sys.modules[__name__]) + [k for k in keys if k in line]:
            bad.append((line, w))
    for line in clean:
        if slot_asked(line):
            bad.append((line, f"asks a slot ({slot_asked(line)})"))
    for d in HO_DOMAINS.values():
        for q, _, slots in d["verify"]:
            if slot_asked(q) not in slots:
                bad.append((q, f"verify recognised as {slot_asked(q)}"))
    for sl, tmpls in HO_REPEAT_ASK.items():
        for t in tmpls:
            for lab in {d["acct_label"] for d in HO_DOMAINS.values()}:
                if slot_asked(t.replace("{acct_label}", lab)) != sl:
                    bad.append((t, f"re-ask recognised as {slot_asked(t.replace('{acct_label}', lab))}"))
    for sl, (_, ask, _, _) in HO_NEW_ASK.items():
        if slot_asked(ask) != sl:
            bad.append((ask, "first ask not recognised"))
    for fam, trig, line, key in HO_FORBIDDEN:
        if key not in line:
            bad.append((line, "taboo line lacks its key"))
        if has_filler(line, sys.modules[__name__]):
            bad.append((line, "filler in taboo line"))
    for g in HO_GREETINGS:
        if not (re.search("您好|上午好|下午好|晚上好|\\{tod\\}", g) and ("{agent_zh}" in g or "{hotline}" in g)
                and re.search("服务|咨询|帮助|办理|问题", g)):
            bad.append((g, "standard greeting lacks an element"))
    for g in HO_BAD_GREETINGS:
        if "您好" in g or "号" in g or "服务" in g:
            bad.append((g, "bad greeting has a standard element"))
    for c in [b for v in HO_CLOSING_BYE.values() for b in v]:
        if not (("感谢" in c or "谢谢" in c) and ("再见" in c or "祝您" in c)):
            bad.append((c, "standard closing lacks thanks/farewell"))
    for c in HO_BAD_CLOSINGS:
        if any(w in c for w in ["再见", "感谢", "谢谢", "来电", "祝您"]):
            bad.append((c, "bad closing has farewell elements"))
    for t in HO_HOLD_THANKS:
        if not any(w in t for w in HO_THANKS_WORDS):
            bad.append((t, "hold thanks without thanks"))
    for t in HO_RESUME_NO_THANKS + [x for x in HO_UNANNOUNCED_PRE if x]:
        if any(w in t for w in HO_THANKS_WORDS + ["稍等", "稍候", "查一下", "挂", "等我"]):
            bad.append((t, "no-thanks resume / unannounced pre-line thanks or announces"))
    for t in HO_HOLD_ANNOUNCE:
        if not re.search("挂|稍候|等我|查|核实|确认", t):
            bad.append((t, "hold announcement does not announce"))
    for t in HO_AGENT_BC + HO_CUST_BC:
        if len(re.sub("[。，]", "", t)) > 2:
            bad.append((t, "backchannel too long"))
    if bad:
        raise AssertionError(f"heldout lint: {bad}")
    return len(clean) + len(asks)
