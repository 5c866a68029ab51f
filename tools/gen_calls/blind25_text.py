# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind25`` (dev only): the twenty-fifth blind evaluation set for issue 11.

Written by a twenty-fifth writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette),
without reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py and
blind10_text.py to blind24_text.py.  Eight business lines none of them had, all serving business
customers, in other registers: a bookkeeping agency (代理记账; meticulous accountant), a customs
broker (报关行; procedural, trade jargon), a forklift rental firm (practical dispatcher), a
corrugated-carton factory (plain-spoken factory sales), an industrial-scale calibration station
(衡器检定; technical), an exhibition-stand builder (energetic project coordinator), a business
e-mail provider (企业邮箱; IT help desk) and a pallet-pooling company (托盘共用; logistics ops).
The calls come in during the end-of-month rush: brisk agents who read their scripts a little too
fast, terse business callers, short turns and many read-backs.  Other 工号 forms (企业客户组,
商户服务席, 结算专席, 月结专线, 对公服务, 大客户服务代表, 项目受理岗 ...), offers of help, closings,
hold announcements and returns in other words, 服务禁语 in seven families, and hard negatives.

Two openings are unusual but acceptable: one says that the month end is busy and asks the caller
to say first whether the matter must be done today, to put it in front; one says that every figure
the caller gives will be read back for accuracy before asking what is needed.

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

HO_DOMAINS_LIST = ["bookkeeping", "customsbroker", "forklift", "cartons", "scalecal", "expostand", "bizmail",
                   "pallets"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说", "那么"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number in a form no earlier writer used, an offer of help; all fit any centre.  Two
# are unusual but acceptable: today's deadlines first; every figure read back.
HO_GREETINGS = [
    "您好，{hotline}企业客户组{agent_zh}号，请问贵司今天要办理哪项业务？",
    "{tod}，{hotline}商户服务席{agent_zh}号，您说，我这边同步记录。",
    "您好，{hotline}，结算专席{agent_zh}号为贵公司服务，请讲。",
    "您好，{hotline}月结专线，{agent_zh}号业务代表，月底事情多，您这件要是赶今天截止的请先说，我给您排到前面。",
    "您好，{hotline}，对公服务{agent_zh}号，为了不出差错，您报的每个数字我都会复述核对，请问要办什么？",
    "{tod}，这里是{hotline}，大客户服务代表{agent_zh}号，有什么需要我跟进的？",
    "您好，{hotline}项目受理岗{agent_zh}号小{agent_surname}，请问您要对接哪个项目？",
    "您好，{hotline}，业务对接{agent_zh}号，需要办什么请直接吩咐，我来安排。",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["喂，哪家公司的？", "说吧，什么事，赶紧的。", "又是来对账的？讲。", "喂，找谁？",
                    "有事快说，后面排着队。", "月底了，长话短说。"]

# ---- closings
HO_CLOSING_ASK = ["月底前还有别的事项要一起处理吗？", "贵司这边还有其他需要我跟进的吗？",
                  "还有要我一并登记的没有？", "其他单据还有要核的吗？"]
HO_CLOSING_CUST = ["没了。", "就这些。", "暂时这样。", "没有，先这样。", "够了。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; one without 再见
# (thanks plus wishes), which is acceptable.
HO_CLOSING_BYE = {
    None: ["好的，事项都登记了，感谢贵司支持，再见。",
           "单子我今天下班前跟完，谢谢您来电，再见。",
           "那就这么定了，感谢您的配合，祝您这个月底顺顺利利。",
           "都核对无误，谢谢您抽空，再见。",
           "就按刚才说的办，感谢您这么利索，再见。"],
    "bookkeeping": ["感谢您把票据及时交过来，祝您报税一切顺利，再见。"],
    "customsbroker": ["感谢您委托我们报关，祝您的货早日放行，再见。"],
    "forklift": ["谢谢您租用我们的叉车，祝您装卸顺当，再见。"],
    "cartons": ["感谢您在我们厂订箱子，祝您发货顺利，再见。"],
    "scalecal": ["谢谢您安排检定，祝您称得准、算得清，再见。"],
    "expostand": ["感谢您选我们搭展台，祝您展会客似云来，再见。"],
    "bizmail": ["谢谢您耐心配合排查，祝您收发畅通，再见。"],
    "pallets": ["感谢您使用我们的共用托盘，祝您周转顺畅，再见。"],
}
HO_CLOSING_CUST_BYE = ["好，再见。", "行，挂了。", "拜拜。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["就这样，下一个。", "行，后面还排着，先挂了。", "没别的我就结了。", "单子记了，就这样。",
                   "月底忙，先这么着。", "回头有事再打。"]
HO_BAD_CLOSING_CUST = ["这就完了？", "喂？我还没说完。", "你们就这么结束电话的？", "怎么挂得这么快。"]

# ---- holds: announcements in other words (keep the call, don't hang up, stay on the line ...);
# thanks on return in other words; returns without thanks; none promises music (it is drawn per
# hold), and all fit any centre.
HO_HOLD_ANNOUNCE = ["我调一下贵司本月的流水，请您保持通话，一分钟左右。",
                    "这个要问仓库的实时数，麻烦您在线等一等。",
                    "我跟财务核一下到账，您先不要挂机。",
                    "状态我进系统查，请您稍候片刻，我很快回来。",
                    "我找项目经理确认排期，请您别挂线。",
                    "合同条款我得翻原件，请您留在线上。",
                    "我把上次的记录调出来，您先别挂断。"]
ANNOUNCE_RE = "保持通话|在线等|不要挂机|稍候片刻|别挂线|留在线上|别挂断"
HO_HOLD_THANKS = ["谢谢您保持通话，流水调出来了。", "感谢您稍候，仓库的数核实了。",
                  "让您久等了，财务确认款项已经到了。", "多谢耐心等待，项目经理给了排期。",
                  "不好意思占用您时间，上次的记录找到了。"]
HO_THANKS_WORDS = ["谢谢", "感谢", "多谢", "久等", "久候", "麻烦您", "辛苦", "抱歉", "不好意思", "劳驾", "有劳", "难为",
                   "让您等", "耽搁", "劳烦", "过意不去", "干等", "空等", "对不住", "对不起", "耐心", "多亏", "劳您",
                   "耽误", "占用", "耐着性子", "谢了", "谢啦", "候着", "等了", "承蒙", "费心", "烦请", "恳请", "没挂",
                   "等着", "等候", "辛劳", "包涵", "见谅", "体谅", "着急", "守着", "没走开", "等我"]
HO_RESUME_NO_THANKS = ["流水调出来了，本月一共十七笔。", "仓库的数出来了，现货够您这一批。", "财务看过，款项昨天下午到账。",
                       "项目经理那边排期定了，周四进场。", "记录找到了，上次是三月份做的。"]
HO_UNANNOUNCED_PRE = ["我调出贵司的台账。", "我对照合同附件。", "我拉一遍本月流水。", None, None]
# words a return without thanks, or the line before an unannounced hold, must not have
NOT_ANNOUNCING = ["等", "稍", "挂", "候", "线上", "在线", "别收", "收线", "搁", "音乐", "提示音", "片刻", "马上", "一会儿",
                  "一下", "别走", "静音", "安勿躁", "回来", "断", "旋律", "握着", "安静", "结束通话", "离开", "听筒",
                  "保留", "没声音", "端着", "放下", "线路", "电话", "别放", "拿着", "小曲", "撂", "多待", "保持",
                  "走开", "接回", "不挂", "通话", "一阵", "暂停", "挂机", "掉线", "座位", "一分钟", "话筒", "去去就",
                  "很快", "内线", "接到", "持机", "拿稳", "中断", "听不到", "守在", "转入", "恢复", "座席", "请示", "维持",
                  "两分钟", "半分钟", "请勿", "尽快", "不会太久", "不会长", "这就", "核实", "呼", "叫醒", "问问", "机子",
                  "打给", "不要", "留在", "别挂", "左右", "进系统", "翻原件", "确认排期"]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic).  Two are hard
# negatives: a look-alike of a hold announcement (the agent has the figure on screen; no hold
# follows) and a look-alike of a closing (a thank-you in mid-call, then on to the next item).
HO_ACK_AGENT = ["是啊，月底大家都赶，我按最快的来。", "好啊，那就先按这个数走。",
                "贵司的账期我屏幕上就有，不用去查，是六十天。", "感谢您提醒，这一条我补上了，咱们接着往下核。"]
HO_ACK_CUST = ["收到。", "可以。", "嗯，对。", "好，记了。", "行的。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["嗯。", "收到。", "好的。", "对。", "记下。", "明白。"]
HO_CUST_BC = ["嗯。", "对对。", "好。", "行。", "是的。", "嗯嗯。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "上个月的增值税申报怎么逾期了？", "你们票据月底才扔过来，逾期怪得了谁。", "逾期怪得了谁"),
    ("blame_customer", "报关单被海关退回来了。", "品名是贵司自己填的，填成那样退单很正常。", "填成那样退单很正常"),
    ("blame_customer", "地磅称出来的数对不上。", "您那车压着秤台边上停，数能准才怪。", "数能准才怪"),
    ("refuse_responsibility", "叉车开了两天就漏油。", "漏油去找主机厂，租赁合同里可没写我们修。", "可没写我们修"),
    ("refuse_responsibility", "展台搭出来跟效果图差很多。", "图是设计公司出的，有意见您找他们去。", "有意见您找他们去"),
    ("refuse_responsibility", "企业邮箱被盗发了垃圾邮件。", "密码是你们自己设的，被盗跟平台没关系。", "被盗跟平台没关系"),
    ("do_it_yourself", "托盘押金怎么退？", "流程在合同背面印着，自己翻过来看。", "自己翻过来看"),
    ("do_it_yourself", "纸箱的边压强度是多少？", "参数表早发您邮箱了，您自己对着查。", "您自己对着查"),
    ("do_it_yourself", "邮箱客户端怎么设置？", "帮助中心有图文教程，照着一步步点。", "照着一步步点"),
    ("take_or_leave", "叉车租金能不能按天算？", "只按月租，不按月就别租了。", "不按月就别租了"),
    ("take_or_leave", "纸箱能不能少订一点？", "起订量就是五千只，少一只都不接。", "少一只都不接"),
    ("take_or_leave", "展台的搭建费还能谈吗？", "报价就这一口，接受就签，不接受就算。", "不接受就算"),
    ("impatience", "我们的账到底什么时候能做完？", "月底谁手上不压着一堆，排着吧。", "谁手上不压着一堆"),
    ("impatience", "报关那票货放行没有，你再查查？", "一上午问了四回了，放了自然通知。", "一上午问了四回了"),
    ("impatience", "托盘明天几点能送到？", "几点几点的，我又不是司机，别老盯着问。", "别老盯着问"),
    ("sarcasm", "地磅校准完能保证一点误差都没有吗？", "一点误差都没有，那得送计量院供起来。", "送计量院供起来"),
    ("sarcasm", "展台能一个晚上搭完吗？", "一晚上搭完，您请的是神仙施工队吧。", "请的是神仙施工队"),
    ("sarcasm", "能不能帮我们做到一分税都不交？", "一分不交，那您该找的是魔术师。", "该找的是魔术师"),
    ("talking_down", "报关为什么还要提供装箱单？", "做外贸连装箱单都不知道，这生意怎么做下来的。", "这生意怎么做下来的"),
    ("talking_down", "叉车为什么不能带人升上去？", "这点常识都没有，还管着一个仓库。", "还管着一个仓库"),
    ("talking_down", "企业邮箱跟个人邮箱有什么区别？", "这种问题问出来，一听就是没上过班的。", "一听就是没上过班的"),
]
HO_FORBIDDEN_REACT = ["你这什么口气，我们是付了服务费的。", "报一下你的工号，我要投诉。", "月底忙就能这么跟客户说话？",
                      "这段我录下来了，回头发给你们老板。"]
# Agent hard negatives: taboo-ish words in acceptable service language; four answer the yes-no
# question with 嗯对 / 嗯嗯 (look-alikes are reached far more surely than small talk).
HO_LOOKALIKES = [
    ("blame_customer", "申报逾期是不是我们票给晚了？", "嗯对，票据晚到是一个原因，我们也该早提醒，下个月提前一周催您。"),
    ("blame_customer", "地磅数不准是不是我们车停歪了？", "有可能，停车位置会影响读数，师傅到了一起看。"),
    ("refuse_responsibility", "叉车漏油你们管修吗？", "嗯嗯，管修，租期内的故障都由我们派人处理。"),
    ("refuse_responsibility", "邮箱被盗发垃圾邮件你们能处理吗？", "能处理，我先帮您冻结外发，再陪您一起改密码。"),
    ("do_it_yourself", "托盘押金怎么退，我自己看合同背面就行吧？", "嗯对，背面写了，我也给您口头讲一遍，三步就完。"),
    ("do_it_yourself", "邮箱客户端设置有教程吗？", "有教程，不过我现在陪您一步步设好更快。"),
    ("take_or_leave", "纸箱起订量是固定的吗？", "嗯嗯，定制箱五千只起订，小批量可以选现货规格。"),
    ("take_or_leave", "叉车只能按月租吗？", "按月最划算，也有按周的短租，单价高一点。"),
    ("impatience", "我今天打了好几次，你不嫌我烦吧？", "不会，月底多问几次很正常，问清楚才踏实。"),
    ("impatience", "我报数报得快，你跟得上吗？", "跟得上，我一条条复述给您核。"),
    ("sarcasm", "一晚上搭完展台是不是异想天开？", "不算，小展位我们通宵搭过，材料提前备齐就行。"),
    ("talking_down", "装箱单这种东西我真不懂，能讲讲吗？", "好啊，装箱单就是每箱装了什么、多重多大，我给您举个例子。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("月底了你们效率这么低，还想不想做了？", "月底单子确实多，让您着急了，您这笔我现在优先办。"),
    ("你们这种小代理，出了错就往客户身上推。", "不推，是我们的问题我们认，我先查清原因再给您书面说明。"),
    ("我说第三遍了，你耳朵有问题吗？", "抱歉让您重复了，这次我一字一字记，记完读给您核。"),
    ("再搞不定我们就换供应商。", "理解，我今天下班前给您一个确定的方案。"),
    ("别跟我扯流程，我只要结果。", "好的，结果是今天能办完，流程我在后台走。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我们这个月的进项发票还有三十多张没认证，原来的会计昨天刚离职，新来的不会弄，税务那边说月底前不处理就影响下个月开票。",
    "那个货柜昨天就到港了，报关资料我们前天就发过去了，今天客户一直催提货，系统里却还显示待申报，到底卡在哪一步了。",
    "租的那台三吨叉车今天早上打不着火，仓库里两个集装箱等着卸，司机是按小时收费的，我们一个小时就要多付好几百块。",
    "展会后天就开幕了，搭建的人到现在才把主结构立起来，灯箱和地台都还没到，主办方下午要验收，我们老板急得直跳脚。",
]
# long enough (12 字) that even the fastest agent of this set talks over the caller for >= 1.5 s
HO_INTERRUPT_AGENT = [
    "发票清单您先发过来，我这就安排会计今天加班认证。",
    "您先别急，我让现场的报关员立刻去查是哪一步卡住了。",
    "您先别让司机走，我立刻调一台备用叉车给您送过去。",
    "验收我去跟主办方沟通，我让项目经理马上带人到现场。",
]
HO_EARLY_AGENT = [
    "每个月的流程是这样的，五号前您把上月的票据和银行回单寄过来，我们十号前做完账，十五号前申报，申报完把报表和完税凭证发到您邮箱，季度末再多一份所得税预缴。",
    "纸箱下单一般分四步，先确认内尺寸和楞型，再打样给您确认印刷颜色，样品签字以后排产，五千只以内七个工作日出货，送到以后按托盘点数，签收时请当场核对。",
    "地磅检定是这样安排的，师傅带标准砝码上门，先清理秤台和传感器，再从零点开始分段加载，每段记录读数，全部合格以后贴检定标识，报告三个工作日内寄给贵司。",
]
# callers cut in with these: long enough to keep >= 1.5 s of talking over the agent
HO_EARLY_CUST = ["停一下，这些我都清楚，我就问一个数。", "你先打住，我问的是今天能不能出。",
                 "抱歉插一句，我赶时间，直接说结果吧。"]
HO_AFTER_INTERRUPT_CUST = ["能不能等我说完。", "我话还没讲完呢。", "行，你先说。"]
HO_AFTER_EARLY_AGENT = ["好，您先问。", "抱歉，您请讲。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics)
HO_GENERIC_QA = [
    ("能开增值税专用发票吗？", "嗯嗯，专票普票都能开，月底前寄出。"),
    ("月结客户账期一般多长？", "标准账期三十天，大客户可以谈到六十天。"),
    ("能对公转账吗？", "嗯对，对公转账可以，收款信息我发到您邮箱。"),
    ("合同能盖电子章吗？", "是啊，电子合同线上签，当天就生效。"),
    ("你们周六有人上班吗？", "周六上午有人值班，下午休息。"),
    ("对账单什么时候出？", "每月三号出上个月的对账单。"),
    ("能加急吗？", "加急当天处理，另收百分之二十加急费。"),
    ("有没有年度框架协议？", "有，签了年框单价下浮百分之五。"),
    ("发票抬头还能改吗？", "没开出去之前都能改。"),
    ("多久能给报价？", "资料齐了两个小时内出报价。"),
    ("能不能给我们固定一个对接人？", "能，我把贵司固定到一位客户经理名下。"),
    ("付款可以分两次吗？", "超过五万的单子可以分两期付。"),
    ("能上门签合同吗？", "市区范围内可以，业务员带合同过去。"),
    ("有没有纸质收据？", "电子的和纸质的都有，纸质的随货寄。"),
    ("你们的资质证书能发一份吗？", "营业执照和资质证书都能发扫描件。"),
    ("月底最后一天几点截止？", "最后一天下午五点前提交的都算当月。"),
]
# Customers' long turns: terse business callers with a month-end deadline.
HO_CUST_DETAIL = ["我长话短说，今天是月底最后一天，这事今天办不完就要跨月。",
                  "我这边是财务，老板让我下班前给他一个准数。",
                  "同样的事上个月也碰到过，希望这次别再拖。",
                  "这是我们的大客户，出了问题我得给人家一个交代。",
                  "我们公司走流程要凭证，你们给一个书面的东西就行。"]
HO_CUST_SEARCH = ["我调一调邮件记录。", "我看看系统里的单子。"]
HO_CUST_FILLER_OPEN = ["嗯，", "呃，", "啊，", "嗯，呃，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["线路有点杂，联系人手机号码请再说一遍。"],
    "name": ["线路有点杂，联系人的名字请再说一遍。"],
    "id": ["线路有点杂，经办人身份证后六位请再说一遍。"],
    "account": ["线路有点杂，{acct_label}请再说一遍。"],
    "address": ["线路有点杂，收货地址请再说一遍。"],
}
HO_SLOT_ANSWER = {
    "phone": "{phone_zh}。", "name": "{name}。", "id": "{id6_zh}。",
    "account": "{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["刚说过了，", "", "行，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["给您回读一遍，手机{phone_zh}，没错吧？"],
    "name": ["给您回读一遍，{name}，没错吧？"],
    "id": ["给您回读一遍，身份证尾号{id6_zh}，没错吧？"],
    "account": ["给您回读一遍，{acct_label}{acct_zh}，没错吧？"],
    "address": ["给您回读一遍，{address}，没错吧？"],
}
HO_READBACK_CUST = ["没错。", "对的。", "嗯，对。", "是，没问题。"]
HO_NEW_ASK = {
    "phone": ("到货前能先打个电话吗？", "嗯嗯，可以，打哪个手机号码？", "{phone_zh}。", "好，号码备注上了。"),
    "name": ("回执上写谁签收？", "写签收人，请问签收人的全名？", "{name}。", "好，签收人登记了。"),
    "address": ("能直接送到我们仓库吗？", "嗯对，能送，仓库地址是？", "{address}。", "好，地址记上了。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]),
                    ("account", ["卡号", "账号", "编号", "单号"]),
                    ("name", ["姓名", "名字", "全名", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["再说一遍", "再报", "报一遍", "报一下", "说一下", "是多少", "提供", "留一个", "重复一下"]


# the slot an agent line asks for, or None (read-backs 「给您回读一遍…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("给您回读",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so most
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).
HO_DOMAINS = {
    "bookkeeping": {
        "companies": [("恒算财税代理记账公司", "恒算财税代理记账公司")],
        "acct_label": "记账委托编号",
        "verify": [("记账委托编号是多少？", "{acct_zh}。", ["account"]),
                   ("对接会计的名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["上个月的增值税申报逾期了。", "税务发短信说我们没按时申报。"],
             "result": ["今天先补申报，滞纳金我们承担，{doctor}会计{due}前把说明和回执发给您。"],
             "qa": [("会影响我们的纳税信用吗？", "嗯嗯，一次逾期补报了影响不大，我们会附情况说明。")]},
            {"open": ["想把记账从小规模改成一般纳税人。"],
             "result": ["登记要先准备近一年的账，{doctor}会计{due}前把清单和时间表给您。"],
             "qa": [("改了以后税会变多吗？", "嗯对，税率变了，但进项能抵，会计会给您测算。")]},
        ],
    },
    "customsbroker": {
        "companies": [("通关易报关代理行", "通关易报关代理行")],
        "acct_label": "报关委托单号",
        "verify": [("报关委托单号是多少？", "{acct_zh}。", ["account"]),
                   ("委托单位联系人的名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["报关单被海关退回来了。", "那票货一直显示待申报。"],
             "result": ["品名和编码我们改好重新申报，{doctor}报关员{due}前跟您确认放行时间。"],
             "qa": [("会不会产生滞港费？", "嗯嗯，今天放行就不会，万一产生我们先跟船公司申请减免。")]},
            {"open": ["下个月有一批设备要进口，想先问问流程。"],
             "result": ["设备进口要先做归类和许可核对，{doctor}报关员{due}前把要准备的资料清单发给您。"],
             "qa": [("旧设备也能进吗？", "嗯对，能进，但要先做装运前检验。")]},
        ],
    },
    "forklift": {
        "companies": [("力搬叉车租赁公司", "力搬叉车租赁公司")],
        "acct_label": "叉车租赁合同编号",
        "verify": [("叉车租赁合同编号是多少？", "{acct_zh}。", ["account"]),
                   ("仓库联系人的名字和地址？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["租的叉车打不着火了。", "叉车开了两天就漏油。"],
             "result": ["备用车两小时内送到，{doctor}师傅{due}前把故障车拉回去检修。"],
             "qa": [("停工这段时间的租金怎么算？", "嗯嗯，故障期间不计租金，按小时扣。")]},
            {"open": ["月底到货多，想再加租两台电动叉车。"],
             "result": ["电动的现在有三台空着，{doctor}主管{due}前把车和充电器一起送过去。"],
             "qa": [("司机也能一起派吗？", "嗯对，能派，持证司机按天另算。")]},
        ],
    },
    "cartons": {
        "companies": [("方正瓦楞纸箱包装厂", "方正瓦楞纸箱包装厂")],
        "acct_label": "纸箱订货单号",
        "verify": [("纸箱订货单号是多少？", "{acct_zh}。", ["account"]),
                   ("收货人的名字和地址？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["这批纸箱压一压就塌了。", "到货的纸箱印刷颜色不对。"],
             "result": ["我们先取样送检，确认是质量问题就整批重做，{doctor}经理{due}前给您答复。"],
             "qa": [("重做的这几天我们拿什么发货？", "嗯嗯，我们先从现货里调一批同尺寸的顶上。")]},
            {"open": ["想给新产品做一款彩印礼盒。"],
             "result": ["礼盒要先出结构图和打样，{doctor}经理{due}前把样品寄给您确认。"],
             "qa": [("打样要收费吗？", "嗯对，打样费两百，下单以后抵货款。")]},
        ],
    },
    "scalecal": {
        "companies": [("准衡衡器检定服务站", "准衡衡器检定服务站")],
        "acct_label": "衡器检定编号",
        "verify": [("衡器检定编号是多少？", "{acct_zh}。", ["account"]),
                   ("设备负责人的名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["地磅称出来的数对不上。", "同一车货两次称差了好几十公斤。"],
             "result": ["先停用这台地磅，{doctor}工程师{due}带砝码上门检查传感器。"],
             "qa": [("这几天的过磅数还作数吗？", "嗯嗯，检定以后出偏差报告，需要的话可以按报告调整。")]},
            {"open": ["电子秤的检定证书快到期了。"],
             "result": ["到期前一个月内都能约，{doctor}工程师{due}上门做周期检定。"],
             "qa": [("检定的时候要停产吗？", "嗯对，每台秤大概停半小时，可以分批做。")]},
        ],
    },
    "expostand": {
        "companies": [("筑展会展展台搭建公司", "筑展会展展台搭建公司")],
        "acct_label": "展位搭建单号",
        "verify": [("展位搭建单号是多少？", "{acct_zh}。", ["account"]),
                   ("现场负责人的名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["展台搭出来跟效果图差很多。", "灯箱和地台到现在都没到。"],
             "result": ["今晚加派两组人赶工，{doctor}项目经理{due}前陪您现场验收。"],
             "qa": [("明天开幕前一定能弄好吗？", "嗯嗯，今晚十点前完工，我们留人守到开幕。")]},
            {"open": ["明年春季展想提前订一个特装展位。"],
             "result": ["特装要先出设计方案，{doctor}项目经理{due}前把三套方案发给您选。"],
             "qa": [("方案不满意能改吗？", "嗯对，签约前能免费改两轮。")]},
        ],
    },
    "bizmail": {
        "companies": [("云笺企业邮箱服务中心", "云笺企业邮箱服务中心")],
        "acct_label": "企业邮箱管理员账号",
        "verify": [("企业邮箱管理员账号是多少？", "{acct_zh}。", ["account"]),
                   ("管理员的名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["企业邮箱被盗发了垃圾邮件。", "客户说收到我们邮箱发的诈骗邮件。"],
             "result": ["已经冻结这个邮箱的外发，{doctor}工程师{due}前帮您查登录记录、加二次验证。"],
             "qa": [("别的员工的邮箱也会被盗吗？", "嗯嗯，有风险，建议今天全员改一次密码。")]},
            {"open": ["新来了二十个员工要开邮箱。"],
             "result": ["批量开通可以用表格导入，{doctor}工程师{due}前把模板和操作说明发给您。"],
             "qa": [("扩容要另外付钱吗？", "嗯对，按人头加，每人每年八十元。")]},
        ],
    },
    "pallets": {
        "companies": [("循环托盘共用租赁中心", "循环托盘共用租赁中心")],
        "acct_label": "托盘租用单号",
        "verify": [("托盘租用单号是多少？", "{acct_zh}。", ["account"]),
                   ("提货联系人的名字和地址？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["月底要退一批托盘押金。", "退回去的托盘押金还没到账。"],
             "result": ["托盘点数核对完就退押金，{doctor}主管{due}前把退款凭证发给您。"],
             "qa": [("破损的托盘要扣钱吗？", "嗯嗯，按破损程度扣，能修的只收维修费。")]},
            {"open": ["下周要加租五百个标准托盘。"],
             "result": ["标准托盘库里够，{doctor}主管{due}前安排车送到您仓库。"],
             "qa": [("托盘能异地还吗？", "嗯对，全国网点都能还，只收一点调拨费。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["亢", "楚", "钭", "廉", "蓟", "淳", "浦", "贲", "羿", "沃", "麴", "凤", "越", "尉", "谯", "殳"]
DOCTORS = SURNAMES           # the accountant, the broker, the engineer, the manager ... by surname
NAMES = ["亢建军", "楚雅琴", "钭志刚", "廉晓梅", "蓟文斌", "淳明辉", "浦海燕", "贲国庆", "羿佳怡", "沃立新",
         "凤晓东", "越秀芬"]
AREAS = ["临港产业园", "经开区三号路", "保税物流园", "创业大厦", "物流港西区", "科技园北门"]
CITIES = ["无锡", "苏州", "东莞", "中山", "义乌", "昆山", "江门", "惠州"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["还有，上个月那笔对账差额查清了没有？", "另外，我们上周开的发票寄出了吗？"]
HOLD2_AGENT = "上个月的对账差额查清了，是一笔运费重复入账，已经冲回。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
