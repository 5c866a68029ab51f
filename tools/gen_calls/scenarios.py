# -*- coding: utf-8 -*-
"""Scenario text for the synthetic call generator (dev only).

Template syntax: ``[a|b|c]`` picks one alternative, ``{slot}`` is filled from the
call's slot dict.  All text is Simplified Chinese; numbers that must be read digit by
digit (工号, 卡号, 手机号, 单号) are put in slots already converted to Chinese digits.
Agent lines used in clean calls must not contain filler words (嗯 啊 呃 那个 就是)
or taboo phrases; ``lint()`` checks this.
"""

FILLERS = ["嗯", "那个", "就是", "呃", "啊"]
FILLER_WORDS = FILLERS  # tokens that must never appear in clean agent text

TABOO = ["不知道", "不归我们管", "听不懂", "没办法", "不清楚", "自己想办法", "找别人"]

# (customer trigger line, agent taboo line, the taboo phrase)
FORBIDDEN = [
    ("那到底什么时候能处理好？", "这个我也不知道，您等通知吧。", "不知道"),
    ("这个问题到底应该找谁？", "这不归我们管，您去找别的部门吧。", "不归我们管"),
    ("我还是没明白是怎么回事。", "你听不懂吗？我刚才已经说过一遍了。", "听不懂"),
    ("你们能不能帮我想想办法？", "没办法，规定就是这样。", "没办法"),
    ("那我现在该怎么办呢？", "我也没办法，您自己看着办吧。", "没办法"),
]

GREETINGS = [
    "您好，欢迎致电{hotline}客户服务热线，工号{agent_zh}[为您服务|很高兴为您服务]，请问有什么可以[帮您|帮助您|为您服务]？",
    "您好，欢迎致电{hotline}，工号{agent_zh}[为您服务|很高兴为您服务]，请问有什么可以[帮您|帮助您|为您服务]？",
    "您好，{hotline}客户服务热线，工号{agent_zh}为您服务，请问有什么可以[帮您|帮助您]？",
]
BAD_GREETINGS = ["喂，什么事？", "你说。", "喂，哪位？", "说吧，什么问题？", "喂？说。"]

CLOSING_ASK = ["请问还有什么可以[帮您|帮助您|为您服务]的吗？", "请问您还有其他问题吗？"]
CLOSING_CUST = ["没有了，谢谢。", "没有了，谢谢你。", "没有其他问题了，谢谢。"]
CLOSING_BYE = ["感谢您的来电，[祝您生活愉快|祝您一天愉快]，再见。", "感谢您的来电，再见。",
               "好的，感谢您的来电，再见。"]
CLOSING_CUST_BYE = ["再见。", "好，再见。", ""]
BAD_CLOSINGS = ["行，就这样吧。", "好了，就这样。", "那先这样吧。", "行了，挂了。"]
BAD_CLOSING_CUST = ["好吧，谢谢。", "好的。", "行吧。"]

HOLD_ANNOUNCE = ["请您稍等，我帮您查询一下。", "好的，请您稍等，我这边帮您查询一下。",
                 "请您稍等，我帮您核实一下。"]
HOLD_THANKS = ["感谢您的耐心等待。", "感谢您的耐心等待，已经为您查到了。"]
UNANNOUNCED_RESUME = ["您好，查到了。", "好，查到了。", "您好，信息已经找到了。"]

ACK_AGENT = ["好的。", "好的，明白了。", "好的，收到。"]
ACK_CUST = ["好的。", "好的，谢谢。", "明白了。", "嗯，好的。", "哦，这样啊。"]

INTERRUPT_CUST = [
    "我跟你说，我这个问题已经反映三次了，每次都说会处理，结果到现在也没有人联系我，我真的很生气。",
    "你们上次也是这么说的，说两天之内给我回复，结果一个星期过去了，一个电话都没有，这算什么服务？",
    "我不是第一次打电话了，每次打过来都要重新说一遍情况，你们内部就不能记录一下吗？",
]
INTERRUPT_AGENT = [
    "您先别着急，我这边先帮您查一下之前的处理记录。",
    "您先听我说，我马上帮您看一下之前的工单和处理进度。",
    "我理解您的心情，我现在就帮您把这个问题升级处理。",
]

NAMES = ["王芳", "李强", "张伟", "刘洋", "陈静", "赵磊", "孙丽", "周敏", "吴刚", "郑华", "黄欣", "马丽"]
CITIES = ["广州", "杭州", "武汉", "成都", "南京", "郑州", "长沙", "西安"]
AREAS = ["阳光花园小区", "东湖新村", "锦绣家园", "滨江小区", "幸福里小区"]

# Generic follow-up pairs (customer, agent), usable in any domain.
GENERIC_QA = [
    ("大概要多长时间能处理好？", "一般在三个工作日内处理完成，处理结果会以短信的方式通知您。"),
    ("那我需要准备什么材料吗？", "不需要额外的材料，您保持电话畅通就可以了。"),
    ("这个会收取费用吗？", "这项服务是免费的，不会收取任何费用，请您放心。"),
    ("我可以在手机上自己查吗？", "可以的，您可以关注我们的官方公众号，在服务菜单里就能查询。"),
    ("能不能帮我加急处理一下？", "好的，我这边帮您备注加急，会尽快为您处理。"),
    ("以后有问题还是打这个电话吗？", "是的，您随时可以拨打我们的客服热线，我们全天为您服务。"),
    ("我的个人信息不会泄露吧？", "请您放心，您的个人信息我们会严格保密。"),
    ("之前也打过电话，一直没有解决。", "非常抱歉给您带来不便，这次我会帮您跟进处理，直到问题解决。"),
    ("你们人工客服的工作时间是几点到几点？", "我们的人工客服工作时间是每天早上八点到晚上十点。"),
    ("处理好了会通知我吗？", "会的，处理完成以后我们会给您发送短信提醒。"),
    ("你们这服务也太慢了吧，我都等了好几天了。", "非常抱歉给您带来不好的体验，我马上帮您催办。"),
    ("如果还是不行，我还能找谁？", "如果问题没有解决，您可以再次来电，我们会安排专人为您处理。"),
    ("我想换一个联系电话。", "好的，请您说一下新的手机号码。"),
    ("这个能不能帮我发个短信确认一下？", "可以的，稍后系统会给您的手机发送一条确认短信。"),
    ("那我家里人能帮我办吗？", "可以的，家人携带双方的身份证件就可以代为办理。"),
    ("你们有没有线下的营业厅？", "有的，您可以到就近的营业网点办理，营业时间是周一到周日。"),
    ("刚才说的那些，你能再跟我说一遍吗？", "好的，我再为您说明一下，我们会在三个工作日内处理，结果会短信通知您。"),
    ("我上次反映的问题有结果了吗？", "我帮您看了一下，上次的问题已经处理完成了，您这边可以确认一下。"),
    ("你们会不会再打电话回访？", "会的，处理完成以后会有同事给您做一个简单的电话回访。"),
    ("那我现在还需要做什么吗？", "您这边暂时不需要做什么，等待我们的处理结果就可以了。"),
    ("好的，那我记一下你的工号。", "好的，我的工号是{agent_zh}，有问题您可以随时反馈。"),
    ("这个业务能在网上办吗？", "可以的，您可以登录我们的官方网站，在线办理这项业务。"),
]
PHONE_CHANGE_ANSWER = "好的，已经为您把联系电话更新为{phone2_zh}。"

# Per-domain issues.  Each issue: customer opening, agent verify question, customer info,
# agent result (after an optional hold), and domain follow-up pairs.
DOMAINS = {
    "bank": {
        "companies": [("华信银行信用卡中心", "华信银行信用卡中心")],
        "verify": [("请问您的卡号后四位是多少？", "后四位是{card4_zh}。"),
                   ("请您提供一下持卡人的姓名和预留手机号码。", "我叫{name}，手机号是{phone_zh}。")],
        "issues": [
            {"open": ["你好，我想查一下我这个月的信用卡账单。", "喂，你好，我想问一下这个月要还多少钱。"],
             "result": ["您本期的账单金额是{amount}元，最后还款日是{due}。"],
             "qa": [("可以分期还吗？", "可以的，您可以选择三期、六期或者十二期，每期的手续费率不一样。"),
                    ("最低还款是多少？", "您本期的最低还款额是{min_amount}元。")]},
            {"open": ["我的信用卡丢了，想挂失一下。", "你好，我的卡找不到了，麻烦帮我挂失。"],
             "result": ["已经为您办理了挂失，原卡已经停止使用，新卡会在七个工作日内寄到您的账单地址。"],
             "qa": [("补卡要收费吗？", "挂失补卡的费用是五十元，会计入您的下期账单。"),
                    ("挂失之前被人刷了怎么办？", "如果发现有不是您本人的交易，您可以申请调查，我们会帮您处理。")]},
            {"open": ["我想申请提高一下信用卡额度。", "你好，我想问问我的额度能不能提一下。"],
             "result": ["系统显示您目前的额度是{limit}元，暂时可以为您提升到{limit2}元。"],
             "qa": [("提额以后马上就能用吗？", "提额成功以后立即生效，您马上就可以使用。")]},
            {"open": ["我这张卡怎么扣了年费？我记得是免年费的。"],
             "result": ["您这张卡每年刷卡满六次可以免次年年费，您去年只刷了四次，所以收取了年费。"],
             "qa": [("那这次能不能帮我减免？", "我帮您申请一次年费减免，结果会在三个工作日内短信通知您。")]},
        ],
    },
    "gas": {
        "companies": [("南方燃气", "南方燃气")],
        "verify": [("请您提供一下燃气户号。", "户号是{acct_zh}。"),
                   ("请问您的用气地址是哪里？", "是{area}{building}号楼。")],
        "issues": [
            {"open": ["你好，我想问一下我家这个月的燃气费怎么这么高。"],
             "result": ["您家这个月的用气量是{gas_m3}立方米，比上个月多了一些，费用是{amount}元。"],
             "qa": [("是不是表坏了？", "如果您怀疑燃气表有问题，我们可以安排师傅上门免费检测。")]},
            {"open": ["我家燃气灶打不着火了，想报修一下。", "你好，我家的燃气热水器点不着，想找人来修。"],
             "result": ["我们已经为您登记了报修，师傅会在今天下午上门检查。"],
             "qa": [("师傅来之前我要做什么吗？", "请您先关闭燃气总阀门，保持室内通风，不要使用明火。")]},
            {"open": ["我刚买的二手房，想把燃气过户到我名下。"],
             "result": ["过户需要您携带房产证和身份证原件，到就近的营业厅办理。"],
             "qa": [("过户要多长时间？", "资料齐全的话，当场就可以办理完成。")]},
        ],
    },
    "insurance": {
        "companies": [("安心保险", "安心保险")],
        "verify": [("请您提供一下投保人的姓名和身份证号码后六位。", "我叫{name}，后六位是{id6_zh}。"),
                   ("请问您的保单号是多少？", "保单号是{policy_zh}。")],
        "issues": [
            {"open": ["我上个月出了个小事故，想问一下理赔进度。", "你好，我想查一下我的车险理赔到哪一步了。"],
             "result": ["您的理赔案件已经审核通过，理赔款{amount}元预计在五个工作日内到账。"],
             "qa": [("钱会打到哪张卡上？", "会打到您报案时登记的银行卡上。")]},
            {"open": ["我想把保单上的联系电话改一下。"],
             "result": ["好的，已经为您找到了保单，请您说一下新的手机号码。"],
             "qa": [("改完以后还要签字吗？", "不需要的，电话变更可以直接在线办理。")]},
            {"open": ["我想问一下，这个保险现在退保的话能退多少钱？"],
             "result": ["您的保单现在退保的话，可以退还的现金价值是{amount}元。"],
             "qa": [("为什么这么少？", "退保只能退还保单的现金价值，前几年的现金价值比较低，建议您慎重考虑。")]},
        ],
    },
    "courier": {
        "companies": [("顺达快递", "顺达快递")],
        "verify": [("请您提供一下快递单号。", "单号是{waybill_zh}。"),
                   ("请问收件人的手机号码是多少？", "是{phone_zh}。")],
        "issues": [
            {"open": ["我有个快递三天了还没到，帮我查一下。", "你好，我的快递一直显示在路上，好几天了。"],
             "result": ["您的快递目前在{city}中转中心，预计明天送达。"],
             "qa": [("明天几点能到？", "一般是上午十点到下午六点之间派送，快递员会提前给您打电话。")]},
            {"open": ["我想改一下快递的收件地址。"],
             "result": ["可以修改的，请您说一下新的收件地址。"],
             "qa": [("改地址要加钱吗？", "同城修改地址是免费的。")]},
            {"open": ["我要投诉，快递员没打电话就把快递放驿站了。"],
             "result": ["非常抱歉，我已经为您登记了投诉，站点负责人会在二十四小时内联系您。"],
             "qa": [("以后能不能直接送上门？", "可以的，我帮您备注了送货上门，以后会直接送到您家。")]},
        ],
    },
    "broadband": {
        "companies": [("电信宽带", "电信宽带"), ("星海电信宽带", "星海电信宽带")],
        "verify": [("请问您的宽带账号是多少？", "账号是{acct_zh}。"),
                   ("请您提供一下装机地址。", "是{area}{building}号楼。")],
        "issues": [
            {"open": ["我家宽带从昨天晚上开始就上不了网了。", "你好，我家网速特别慢，看视频一直卡。"],
             "result": ["您所在的片区线路正在检修，预计今天晚上八点以前恢复。"],
             "qa": [("那我要不要重启一下光猫？", "可以的，您可以先把光猫断电一分钟再重新打开试一下。"),
                    ("光猫上有个灯在闪红灯。", "红灯闪烁说明光信号异常，我帮您登记报修，师傅会上门检查。")]},
            {"open": ["我想把宽带套餐换成便宜一点的。"],
             "result": ["您目前的套餐是每月{amount}元，可以为您更换为每月七十九元的套餐，下个月生效。"],
             "qa": [("换了以后网速会变慢吗？", "新套餐的网速是三百兆，日常上网看视频是足够的。")]},
            {"open": ["我的宽带怎么突然停了，是不是欠费了？"],
             "result": ["您的账户目前欠费{amount}元，缴费以后两个小时内就会恢复。"],
             "qa": [("在哪里缴费？", "您可以通过手机营业厅或者到营业网点缴费。")]},
        ],
    },
    "water": {
        "companies": [("惠民水务", "惠民水务")],
        "verify": [("请问您的用水地址是哪里？", "是{area}{building}号楼。"),
                   ("请您提供一下水费户号。", "户号是{acct_zh}。")],
        "issues": [
            {"open": ["我们小区今天怎么停水了？", "你好，我家从早上开始就没水了。"],
             "result": ["{area}今天在进行管道维修，预计下午五点恢复供水。"],
             "qa": [("恢复以后水会不会有点黄？", "刚恢复供水时可能会有一点浑浊，请您先放一会儿水再使用。")]},
            {"open": ["我想问一下我家的水费是多少。"],
             "result": ["您家本期的水费是{amount}元，缴费截止日期是{due}。"],
             "qa": [("可以自动扣款吗？", "可以的，您可以在营业厅或者手机上办理银行代扣。")]},
        ],
    },
}

CUST_SEARCH = ["你等一下，我找一下。", "我找一下啊。"]


# =========================================================================== eval profile
# Everything below is used only by ``generate.py --profile eval``.  The base profile never
# reads these lists, so the committed samples (and any base set) stay byte-for-byte the same.

EVAL_FILLERS = ["嗯", "啊", "呃", "额", "那个", "就是", "就是说", "然后", "这个"]
# Tokens that must never appear in clean agent text.  额, 这个 and 然后 are tics only as a phrase
# of their own (额度, 金额, 这个月 are words), so they are checked as stand-alone phrases, see
# has_filler(); the others as substrings.
EVAL_FILLER_WORDS = ["嗯", "啊", "呃", "那个", "就是"]
EVAL_FILLER_ALONE = ["额", "这个", "然后", "就是说"]
EVAL_TABOO = TABOO + ["不是跟你说了吗", "爱找谁找谁", "我已经说过了", "你问别人"]

EVAL_FORBIDDEN = FORBIDDEN + [
    ("那你再跟我说一下什么时候能好？", "不是跟你说了吗，三个工作日，您等着就行了。", "不是跟你说了吗"),
    ("这事你们到底管不管？", "这个我们管不了，您爱找谁找谁吧。", "爱找谁找谁"),
    ("具体是哪个部门处理的？", "具体哪个部门我也不清楚，您问别人吧。", "不清楚"),
]

# Standard greetings a QA specialist accepts: 您好 + (company or agent number) + an offer of help.
EVAL_GREETINGS = [
    "您好，很高兴为您服务，我是{agent_zh}号客服，请问有什么可以帮到您？",
    "您好，这里是{hotline}，我是{agent_zh}号客服代表，请问有什么可以帮您？",
    "您好，{hotline}客服中心，工号{agent_zh}很高兴为您服务，请问您需要办理什么业务？",
    "您好，感谢您致电{hotline}，{agent_zh}号客服为您服务，请问有什么可以帮助您？",
    "您好，欢迎来电{hotline}，我是客服{agent_zh}号，请问有什么能帮您的吗？",
    "您好，{hotline}为您服务，我的工号是{agent_zh}，请问有什么可以[帮您|帮到您]？",
]
# Not standard: each lacks 您好 or the offer of help (or both).
EVAL_BAD_GREETINGS = ["您好，{hotline}，请讲。", "喂，你好，请讲。", "{hotline}，什么事？", "喂，您说。",
                      "喂，有什么事？", "对，这里是{hotline}，你说吧。"]

EVAL_CLOSING_ASK = ["请问还有其他需要帮助的吗？", "请问您还有别的问题需要咨询吗？", "还有什么可以帮到您的吗？",
                    "请问还有什么可以[帮您|为您服务]的吗？"]
EVAL_CLOSING_CUST = CLOSING_CUST + ["没了，谢谢啊。", "暂时没有了。", "没有了，就这些。"]
# Standard closings: 感谢来电 and 再见.
EVAL_CLOSING_BYE = ["感谢您的来电，[祝您生活愉快|祝您工作顺利|祝您一切顺利]，再见。",
                    "好的，那不打扰您了，感谢来电，再见。", "谢谢您的来电，祝您生活愉快，再见。",
                    "感谢您对{hotline}的支持，感谢来电，再见。", "好的，感谢您的来电，再见。"]
EVAL_CLOSING_CUST_BYE = ["再见。", "好，再见。", "拜拜。", ""]
# Not standard: no thanks for the call, no 再见.
EVAL_BAD_CLOSINGS = ["好，那就这样。", "行，没别的事我就挂了。", "好的，先这样。", "那行，就这样吧。",
                     "好了，没事就挂了。"]
EVAL_BAD_CLOSING_CUST = BAD_CLOSING_CUST + ["哦，行。", "那好吧。"]

EVAL_HOLD_ANNOUNCE = ["请您稍等片刻，我这边帮您查一下。", "麻烦您稍等一下，我帮您看一下。",
                      "好的，请稍候，我为您核实一下相关信息。", "请您不要挂机，我帮您查询一下。",
                      "请您稍等，我帮您查询一下。"]
# Resuming after an announced hold, with thanks (clean calls).
EVAL_HOLD_THANKS = ["让您久等了。", "感谢您的耐心等待。", "不好意思让您久等了。", "感谢您的等待，已经为您查到了。",
                    "让您久等了，信息已经查到了。", "不好意思让您久等了，已经查到了。"]
# Resuming without any thanks for waiting (missing_hold_thanks).
HOLD_RESUME_NO_THANKS = ["您好，查到了。", "好的，我这边查到了。", "您好，信息已经为您查到了。", "好，我看到了。",
                         "您好，在吗？查到了。"]
THANKS_WORDS = ["久等", "感谢", "谢谢", "等待"]

# Agent backchannels while the customer talks (never events).
BACKCHANNELS = ["嗯。", "嗯嗯。", "对。", "好的。"]

EVAL_ACK_AGENT = ACK_AGENT + ["好的，了解了。", "好的，我记下了。"]
EVAL_ACK_CUST = ACK_CUST + ["行，知道了。", "好，谢谢你。"]

# ---- slots: which verify question asks for which slot; re-asks, read-backs, first asks.
SLOT_LABEL = {"phone": "手机号码", "card": "卡号后四位", "account": "户号", "name": "姓名", "address": "地址",
              "waybill": "快递单号", "policy": "保单号", "id": "身份证号码后六位"}
VERIFY_SLOTS = {
    "请问您的卡号后四位是多少？": ["card"],
    "请您提供一下持卡人的姓名和预留手机号码。": ["name", "phone"],
    "请您提供一下燃气户号。": ["account"],
    "请问您的用气地址是哪里？": ["address"],
    "请您提供一下投保人的姓名和身份证号码后六位。": ["name", "id"],
    "请问您的保单号是多少？": ["policy"],
    "请您提供一下快递单号。": ["waybill"],
    "请问收件人的手机号码是多少？": ["phone"],
    "请问您的宽带账号是多少？": ["account"],
    "请您提供一下装机地址。": ["address"],
    "请问您的用水地址是哪里？": ["address"],
    "请您提供一下水费户号。": ["account"],
    # eval domains
    "请问您要办理业务的手机号码是多少？": ["phone"],
    "请您提供一下机主的姓名和身份证号码后六位。": ["name", "id"],
    "请问您下单时使用的手机号码是多少？": ["phone"],
    "请您提供一下收货人的姓名和收货地址。": ["name", "address"],
    "请您提供一下乘机人的姓名和身份证号码后六位。": ["name", "id"],
    "请问您订票时预留的手机号码是多少？": ["phone"],
    "请您提供一下电费户号。": ["account"],
    "请问您的用电地址是哪里？": ["address"],
}
# {acct_label} is the domain's word for the account number (户号 / 宽带账号).
REPEAT_ASK = {
    "phone": ["请问您的手机号码是多少？", "麻烦您再说一下您的手机号码。", "您的联系电话是多少？",
              "好的，请您提供一下您的手机号码。"],
    "card": ["请问您的卡号后四位是多少？", "麻烦您再报一下卡号后四位。"],
    "account": ["麻烦您再说一下您的{acct_label}。", "请问您的{acct_label}是多少？", "您的{acct_label}是？"],
    "name": ["您的姓名是？", "请问您怎么称呼？", "麻烦您再说一下您的姓名。"],
    "address": ["请问您的地址是哪里？", "麻烦您再说一下详细地址。"],
    "waybill": ["请您提供一下快递单号。", "麻烦您再说一下单号。"],
    "policy": ["请问您的保单号是多少？", "麻烦您再报一下保单号。"],
    "id": ["请您提供一下身份证号码后六位。", "麻烦您再说一下身份证后六位。"],
}
SLOT_ANSWER = {
    "phone": "是{phone_zh}。", "card": "后四位是{card4_zh}。", "account": "{acct_label}是{acct_zh}。",
    "name": "我叫{name}。", "address": "地址是{area}{building}号楼。", "waybill": "单号是{waybill_zh}。",
    "policy": "保单号是{policy_zh}。", "id": "后六位是{id6_zh}。",
}
REANSWER_PREFIX = ["我刚才不是说过了吗，", "刚才已经说过了，", "", "我刚说过了，", "不是说过了吗，"]
# Reading a given slot back to confirm it: a look-alike of a re-ask, NOT an event.
READBACK = {
    "phone": ["好的，您的手机号是{phone_zh}，对吗？", "跟您确认一下，手机号码是{phone_zh}，对吧？"],
    "card": ["好的，卡号后四位是{card4_zh}，对吗？"],
    "account": ["跟您核对一下，{acct_label}是{acct_zh}，对吗？"],
    "name": ["好的，是{name}本人，对吗？"],
    "address": ["好的，地址是{area}{building}号楼，对吗？"],
    "waybill": ["跟您确认一下，单号是{waybill_zh}，对吗？"],
    "policy": ["好的，保单号是{policy_zh}，对吗？"],
    "id": ["好的，身份证后六位是{id6_zh}，对吗？"],
}
READBACK_CUST = ["对。", "是的。", "对的，没错。", "对，没错。"]
# Asking for a slot the customer has NOT given yet (look-alike, not an event):
# (customer lead-in, agent first ask, customer answer, agent wrap-up)
NEW_ASK = {
    "phone": ("处理好了能给我回个电话吗？", "可以的，请问您的联系电话是多少？", "{phone_zh}。", "好的，已经为您登记了回访电话。"),
    "name": ("这个需要登记我的名字吗？", "需要的，请问您怎么称呼？", "我叫{name}。", "好的，已经为您登记好了。"),
    "address": ("能不能安排人上门看一下？", "可以的，请问您的详细地址是哪里？", "是{area}{building}号楼。",
                "好的，已经为您预约了上门服务。"),
}
# Slot keywords (checked in this order) for recognising an agent's slot question.
SLOT_KEYWORDS = [("id", ["身份证"]), ("policy", ["保单号"]), ("waybill", ["单号"]), ("card", ["卡号"]),
                 ("account", ["户号", "账号"]), ("name", ["姓名", "称呼", "名字"]), ("address", ["地址"]),
                 ("phone", ["手机", "电话", "号码"])]


def slot_asked(text: str):
    """The slot an agent line asks for, or None.  Read-backs (对吗/对吧) and asks for a NEW
    value (新的) are not slot questions."""
    if "新的" in text or "对吗" in text or "对吧" in text:
        return None
    asking = "？" in text or any(m in text for m in ["提供一下", "说一下", "报一下", "再说"])
    if not asking:
        return None
    for slot, kws in SLOT_KEYWORDS:
        if any(k in text for k in kws):
            return slot
    return None


def has_filler(text: str) -> list:
    """Filler tokens in an agent line: EVAL_FILLER_WORDS as substrings, EVAL_FILLER_ALONE only
    as a phrase of their own (between punctuation)."""
    import re as _re
    found = [w for w in EVAL_FILLER_WORDS if w in text]
    for p in _re.findall(r"[^，、。！？；：]+[，、。！？；：]*", text):
        w = _re.sub(r"[，、。！？；：]", "", p)
        if w in EVAL_FILLER_ALONE:
            found.append(w)
    return found


# Appended to the customer's first turn sometimes (eval): long sentences, room for a backchannel.
CUST_DETAIL = [
    "我已经等了好几天了，一直没有人跟我联系，所以今天专门打电话过来问一下。",
    "我之前在网上查了半天也没弄明白，所以想找人工客服帮我看一下。",
    "这个事情对我来说挺着急的，麻烦你们尽快帮我处理一下。",
    "我平时上班比较忙，白天不太方便接电话，所以趁中午休息的时间打过来。",
    "我家里老人不太会用手机，所以我来帮他们问一下具体的情况。",
]

EVAL_GENERIC_QA = [
    ("你们周末也上班吗？", "是的，我们的热线周末和节假日也正常服务。"),
    ("这个问题以前有人反映过吗？", "这类问题我们都会统一登记，请您放心，我们会认真处理。"),
    ("能不能给我一个工单号？", "好的，工单号会以短信的方式发送到您的手机上。"),
    ("要是我不在家怎么办？", "没关系，工作人员会提前跟您电话联系，约一个您方便的时间。"),
    ("我能不能在网上查进度？", "可以的，您登录官方网站，在我的服务里面就能看到处理进度。"),
    ("那我等你们消息吧。", "好的，有进展我们会第一时间通知您。"),
    ("我想问一下，如果这次处理完了以后又出现同样的问题，我是直接打电话过来还是要去营业厅办理？",
     "您直接拨打我们的热线就可以了，不需要再跑营业厅。"),
    ("还有一个事情，我上次打电话的时候客服说会有人回访，但是到现在也没有人联系过我。",
     "非常抱歉，我这边帮您登记一下，会尽快安排同事跟您联系。"),
]

EVAL_DOMAINS = {
    "mobile": {
        "companies": [("畅联移动", "畅联移动")],
        "verify": [("请问您要办理业务的手机号码是多少？", "是{phone_zh}。"),
                   ("请您提供一下机主的姓名和身份证号码后六位。", "机主是{name}，后六位是{id6_zh}。")],
        "acct_label": "户号",
        "issues": [
            {"open": ["你好，我这个月的话费怎么扣了这么多？", "喂，你好，我想查一下这个月的话费。"],
             "result": ["您本月的话费是{amount}元，其中套餐费是五十八元，其余是超出套餐的流量费用。"],
             "qa": [("能不能给我换一个流量多一点的套餐？", "可以的，您可以办理每月七十八元的套餐，流量比您现在的套餐多一倍。"),
                    ("超出的流量是怎么收费的？", "超出套餐的流量按每兆三分钱收取，每天最多收取三元。")]},
            {"open": ["我的手机突然停机了，是怎么回事？", "你好，我的手机打不出去电话了。"],
             "result": ["您的号码目前欠费{small_amount}元，缴清费用以后半个小时内会自动恢复。"],
             "qa": [("现在交了马上就能用吗？", "是的，缴费成功以后一般半个小时内就会恢复通话。")]},
            {"open": ["我想把我的套餐改成便宜一点的。", "你好，我想换个套餐。"],
             "result": ["可以为您办理，新套餐会在下个月一号生效，本月还是按原来的套餐收费。"],
             "qa": [("改了以后原来的号码还能用吗？", "号码是不变的，只是更换了套餐内容。")]},
        ],
    },
    "ecommerce": {
        "companies": [("优品商城", "优品商城")],
        "verify": [("请问您下单时使用的手机号码是多少？", "是{phone_zh}。"),
                   ("请您提供一下收货人的姓名和收货地址。", "收货人是{name}，地址是{city}{area}{building}号楼。")],
        "acct_label": "账号",
        "issues": [
            {"open": ["我在你们商城买的东西一直没发货。", "你好，我的订单下了好几天了还没发货。"],
             "result": ["您的订单显示商家已经打包，预计今天之内发货，发货以后会有短信通知。"],
             "qa": [("能不能催一下商家？", "好的，我已经帮您催促商家尽快发货。")]},
            {"open": ["我收到的衣服尺码不对，想退货。"],
             "result": ["已经为您提交了退货申请，快递员会在明天上门取件，退款会在收到退货后原路退回。"],
             "qa": [("退货运费谁出？", "尺码问题的退货运费由我们承担，您不需要支付运费。")]},
            {"open": ["我想问一下我的退款什么时候能到账。"],
             "result": ["您的退款{amount}元已经在处理中，预计三到五个工作日退回到您的原支付账户。"],
             "qa": [("可以退到别的卡上吗？", "退款只能原路退回，暂时不支持退到其他账户。")]},
        ],
    },
    "airline": {
        "companies": [("蓝天航空", "蓝天航空")],
        "verify": [("请您提供一下乘机人的姓名和身份证号码后六位。", "我叫{name}，后六位是{id6_zh}。"),
                   ("请问您订票时预留的手机号码是多少？", "是{phone_zh}。")],
        "acct_label": "会员账号",
        "issues": [
            {"open": ["我想把后天的机票改签到下周。", "你好，我的航班想改个时间。"],
             "result": ["可以为您改签，{due}同一时间的航班还有座位，改签需要支付{small_amount}元的手续费。"],
             "qa": [("改签以后座位还能自己选吗？", "可以的，改签成功以后您可以在官方应用上重新选座。")]},
            {"open": ["我的行李到现在还没拿到，下飞机的时候就没找到。"],
             "result": ["您的行李已经找到了，目前在{city}机场，我们会在明天送到您登记的地址。"],
             "qa": [("会不会有损坏？", "如果行李有损坏，您可以在收到后七天内联系我们申请赔偿。")]},
            {"open": ["我想退一张机票，要扣多少钱？"],
             "result": ["您这张机票现在退票需要收取票价百分之二十的手续费，退款{amount}元会退回到原支付账户。"],
             "qa": [("多久能到账？", "一般在七个工作日内退回到您的原支付账户。")]},
        ],
    },
    "power": {
        "companies": [("恒光电力", "恒光电力")],
        "verify": [("请您提供一下电费户号。", "户号是{acct_zh}。"),
                   ("请问您的用电地址是哪里？", "是{area}{building}号楼。")],
        "acct_label": "户号",
        "issues": [
            {"open": ["我家突然停电了，邻居家也没电。", "你好，我们这一片停电了。"],
             "result": ["您所在的区域线路出现了故障，抢修人员已经在处理，预计两个小时内恢复供电。"],
             "qa": [("冰箱里的东西会不会坏？", "建议您尽量少开冰箱门，两个小时内一般不会有影响。")]},
            {"open": ["我家这个月电费比平时多了一倍。"],
             "result": ["您家本月的用电量是{kwh}度，电费是{amount}元，比上个月的用电量高了不少。"],
             "qa": [("是不是电表有问题？", "如果您怀疑电表计量不准，我们可以安排工作人员上门免费校验。")]},
            {"open": ["我想给新房子申请开通用电。"],
             "result": ["新装用电需要您提供房产证明和身份证，可以在网上营业厅直接申请。"],
             "qa": [("多长时间能通电？", "资料审核通过以后，一般三个工作日内就可以装表通电。")]},
        ],
    },
}
ACCT_LABEL = {"gas": "燃气户号", "water": "水费户号", "broadband": "宽带账号", "bank": "账号", "insurance": "账号",
              "courier": "账号"}
ALL_DOMAINS = {**DOMAINS, **EVAL_DOMAINS}


def eval_agent_lines() -> tuple[list, list]:
    """(agent lines that can appear in a clean eval call, first-ask lines allowed to ask a slot)."""
    clean = list(EVAL_GREETINGS) + EVAL_CLOSING_ASK + EVAL_CLOSING_BYE + EVAL_HOLD_ANNOUNCE + EVAL_HOLD_THANKS
    clean += UNANNOUNCED_RESUME + HOLD_RESUME_NO_THANKS + EVAL_ACK_AGENT
    clean += [a for _, a in GENERIC_QA + EVAL_GENERIC_QA] + [PHONE_CHANGE_ANSWER]
    clean += [t for v in READBACK.values() for t in v] + [w for _, _, _, w in NEW_ASK.values()]
    clean += ["之前的记录显示，您的问题已经转交给相关部门处理了。"]
    asks = [q for d in ALL_DOMAINS.values() for q, _ in d["verify"]] + [a for _, a, _, _ in NEW_ASK.values()]
    for d in ALL_DOMAINS.values():
        for iss in d["issues"]:
            clean += iss["result"] + [a for _, a in iss["qa"]]
    return clean, asks


def lint_eval():
    """Eval-profile lint: clean agent lines have no filler (EVAL_FILLERS) or taboo (EVAL_TABOO)
    and never ask for a slot (only verify questions and NEW_ASK may, the generator makes sure
    the slot was not given before); every verify question maps to its slots; every re-ask is
    recognised as a slot question; read-backs are not; standard greetings/closings contain the
    standard elements and the bad ones lack them; resumes with/without thanks are what they say."""
    import re as _re
    clean, asks = eval_agent_lines()
    bad = []
    for line in clean + asks:
        for w in has_filler(line) + [t for t in EVAL_TABOO if t in line]:
            bad.append((line, w))
    for line in clean:
        if slot_asked(line):
            bad.append((line, "asks a slot"))
    for q in asks:
        if q in VERIFY_SLOTS:
            if slot_asked(q) not in VERIFY_SLOTS[q]:
                bad.append((q, f"verify question recognised as {slot_asked(q)}"))
        elif not slot_asked(q):
            bad.append((q, "first ask not recognised"))
    for d in ALL_DOMAINS.values():
        for q, _ in d["verify"]:
            if q not in VERIFY_SLOTS:
                bad.append((q, "verify question without VERIFY_SLOTS entry"))
    labels = set(ACCT_LABEL.values()) | {d["acct_label"] for d in EVAL_DOMAINS.values()}
    for slot, tmpls in REPEAT_ASK.items():
        for t in [t.replace("{acct_label}", lab) for t in tmpls for lab in sorted(labels)]:
            if slot_asked(t) != slot:
                bad.append((t, f"re-ask recognised as {slot_asked(t)}, not {slot}"))
            if has_filler(t):
                bad.append((t, "filler in re-ask"))
    for slot, tmpls in READBACK.items():
        for t in tmpls:
            if slot_asked(t):
                bad.append((t, "read-back looks like a question"))
    offer = _re.compile("可以帮|能帮|帮到您|为您服务|办理什么业务")
    for g in EVAL_GREETINGS:
        if not ("您好" in g and offer.search(g)):
            bad.append((g, "standard greeting lacks 您好/offer of help"))
    for g in EVAL_BAD_GREETINGS:
        if "您好" in g and offer.search(g):
            bad.append((g, "bad greeting has the standard elements"))
    for c in EVAL_CLOSING_BYE:
        if not ("再见" in c and ("感谢" in c or "谢谢" in c)):
            bad.append((c, "standard closing lacks 感谢来电/再见"))
    for c in EVAL_BAD_CLOSINGS:
        if any(w in c for w in ["再见", "感谢", "谢谢", "来电"]):
            bad.append((c, "bad closing has farewell elements"))
    for t in EVAL_HOLD_THANKS:
        if not any(w in t for w in THANKS_WORDS):
            bad.append((t, "hold thanks without thanks"))
    for t in HOLD_RESUME_NO_THANKS + UNANNOUNCED_RESUME:
        if any(w in t for w in THANKS_WORDS):
            bad.append((t, "no-thanks resume thanks"))
    if bad:
        raise AssertionError(f"eval lint: {bad}")
    return len(clean) + len(asks)


def lint():
    """Raise if any agent line that can appear in a clean call contains a filler or taboo
    (base lists), then run lint_eval() for the eval-profile lists."""
    agent_lines = list(GREETINGS) + CLOSING_ASK + CLOSING_BYE + HOLD_ANNOUNCE + HOLD_THANKS
    agent_lines += UNANNOUNCED_RESUME + ACK_AGENT + [a for _, a in GENERIC_QA] + [PHONE_CHANGE_ANSWER]
    for d in DOMAINS.values():
        agent_lines += [q for q, _ in d["verify"]]
        for iss in d["issues"]:
            agent_lines += iss["result"] + [a for _, a in iss["qa"]]
    bad = []
    for line in agent_lines:
        for w in FILLER_WORDS + TABOO:
            if w in line:
                bad.append((line, w))
    if bad:
        raise AssertionError(f"clean agent lines contain fillers/taboo: {bad}")
    return len(agent_lines) + lint_eval()
