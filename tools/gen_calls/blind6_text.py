# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind6`` (dev only): the sixth blind evaluation set for issue 11.

Written by a new writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette), without
reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py (set 4) or blind5_text.py (set 5).  Other centres in
other registers: a fund company's very formal service desk, brisk cable-TV and ride-hailing lines,
warm gym and scenic-area desks, terse government hotlines (housing provident fund, a 12315-style
consumer line) and a home-appliance repair desk.  Other 工号 forms (受理员, 坐席, 会员管家, 话务编号,
工作号码, 值班员, 服务号), offers of help, closings, hold announcements and returns, 服务禁语 in seven
families (talking down added), longer customer turns, and hard negatives.

The table names are those of heldout_text.py, so heldout.plan_call_heldout speaks this module.
Keep the sentences here out of reports and READMEs: the set measures generalisation only while
nobody tunes on them.  ``lint()`` checks the invariants the truth labels rely on.
"""
import sys

from text_checks import lint_tables, slot_asker

HO_DOMAINS_LIST = ["appliance", "cabletv", "ridehail", "gym", "fund", "provident", "consumer", "scenic"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has
# 嗯 啊 呃 or a standalone 那个 / 这个 / 就是 / 然后 / 额 (as determiners inside a clause they are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["嗯", "啊", "呃"]
HO_FILLER_ALONE = ["那个", "这个", "就是", "然后", "额", "就是说"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number (受理员 / 坐席 / 会员管家 / 话务编号 / 工作号码 / 值班员 / 服务号), an offer of
# help.  Two are unusual but acceptable: the greeting after the centre's name, and a brisk
# "tell me straight" instead of a question.
HO_GREETINGS = [
    "您好，{hotline}，{agent_zh}号受理员为您服务，请说明您的诉求。",
    "尊敬的客户，您好，{hotline}，坐席{agent_zh}号很荣幸为您服务，请问有什么可以协助您？",
    "{tod}呀，欢迎致电{hotline}，我是{agent_zh}号会员管家，今天想了解点什么呢？",
    "您好，{hotline}，话务编号{agent_zh}，您有什么问题直接说。",
    "您好，{hotline}为您服务，我的工作号码是{agent_zh}，请问遇到什么麻烦了？",
    "{hotline}，您好！我是{agent_zh}号值班员，请讲。",
    "您好，欢迎来电{hotline}，我是服务顾问小{agent_surname}，服务号{agent_zh}，请问有什么能帮到您的？",
]
# Not standard: no polite greeting, no centre, no agent number, a curt invitation at most.
HO_BAD_GREETINGS = ["哪位？说事。", "喂喂，在，讲吧。", "接通了，你说。", "讲重点，什么事？", "喂？有人吗？有事说。",
                    "又是投诉吧？说。"]

# ---- closings
HO_CLOSING_ASK = ["请问您还有其他需要了解的事项吗？", "还有要反映的吗？", "今天还有什么我能帮您安排的吗？",
                  "别的还有问题吗？"]
HO_CLOSING_CUST = ["没了，谢谢你啊。", "就这个，没别的了。", "没有，辛苦了。", "暂时就这样吧。", "没有啦。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; three without 再见
# (thanks plus wishes, thanks plus "see you at the gym"), which is acceptable.
HO_CLOSING_BYE = {
    None: ["好的，本次通话就到这里，感谢您的来电，祝您周末愉快。",
           "再次感谢您的致电，期待下次继续为您服务，再见。",
           "谢谢您这么耐心地配合，祝您万事顺遂，再见。",
           "感谢您的理解，有任何需要随时拨打我们的热线，再见。",
           "不客气的，谢谢您的来电，祝您身体健康。"],
    "appliance": ["感谢您的来电，祝您家电用得舒心，再见。"],
    "cabletv": ["感谢来电，祝您收看愉快，再见。"],
    "ridehail": ["谢谢您的来电，祝您出行平安。"],
    "gym": ["谢谢您的来电，祝您训练开心，我们场馆见。"],
    "fund": ["感谢您对本公司的信任，祝您财富稳健增长，再见。"],
    "provident": ["公积金业务有疑问随时来电，感谢您，再见。"],
    "consumer": ["您的诉求我们已经受理，谢谢来电，再见。"],
    "scenic": ["谢谢您的来电，祝您游玩尽兴，再见。"],
}
HO_CLOSING_CUST_BYE = ["好嘞，再见。", "拜。", "再见哈。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["登记完了，等通知。", "好，那先到这。", "你说的我都记了，没别的就断了。", "事办完了，下一个。",
                   "行，我这边结束了。", "知道了，就这么处理。"]
HO_BAD_CLOSING_CUST = ["啊？这就完了？", "哦，那行。", "嗯，行吧。", "就这么着吧。"]

# ---- holds: announcements in unusual but clear words (keep the phone and wait a moment, don't
# put the phone down, a tone while I look it up, hold the line (formal 持机), I step off the
# line, the call put aside, I'll call you back to the line when found), thanks on return in
# other words (有劳, 承蒙, 辛苦您), returns without thanks.
HO_HOLD_ANNOUNCE = ["我进系统帮您调一下档案，需要点工夫，您拿着电话候一下。",
                    "这个我得打给网点问问，您先别撂电话，问完我马上回来。",
                    "待会儿您会听到一段提示音，那是我在帮您查询，不是断线了。",
                    "为了准确答复您，我需要调阅相关资料，烦请您持机等候约一分钟。",
                    "我需要暂时离开线路，去跟值班工程师确认一下，很快回来。",
                    "我先把通话搁置片刻，去向主管申请一下，很快给您回话。",
                    "您先喝口水，我这边查好了叫您。"]
ANNOUNCE_RE = "候一下|撂电话|提示音|持机|离开线路|搁置|查好了叫您"
HO_HOLD_THANKS = ["有劳您了，资料已经调出来了。", "承蒙您耐心等待，查询结果如下。", "谢谢您没挂电话，网点那边回复了。",
                  "辛苦您等了一阵，情况我摸清楚了。", "多谢您的宽容，耽搁您这么一阵，主管已经批了。"]
HO_THANKS_WORDS = ["有劳", "承蒙", "谢谢", "辛苦您", "多谢", "感谢"]
HO_RESUME_NO_THANKS = ["资料调出来了，我直接说结论。", "网点那边回话了。", "结果出来了，您记一下。", "喂？人还在吧？",
                       "情况核完了，是这样。"]
HO_UNANNOUNCED_PRE = ["行，我明白您的诉求了。", "清楚。", "这个情况我有数了。", None, None]
# words a return without thanks, or the line before an unannounced hold, must not have
NOT_ANNOUNCING = ["稍等", "稍候", "等一", "等着", "挂", "撂", "候", "持机", "提示音", "离开", "搁置", "一会儿", "片刻",
                  "马上", "叫您"]

HO_ACK_AGENT = ["好，您的诉求我记录下来了。", "清楚了，我来跟进。", "明白，这就给您处理。", "了解了，您放心。"]
HO_ACK_CUST = ["哦，那行。", "好，明白。", "好嘞。", "这样啊，可以。", "懂了。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["嗯。", "嗯嗯。", "对。", "是。", "好。", "明白。"]
HO_CUST_BC = ["嗯。", "哦。", "对。", "好的。", "是吧。", "行。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "我是按短信提示点的，怎么就扣了两次钱？", "谁让您连着点两下的，重复扣款是您手快造成的。", "是您手快造成的"),
    ("blame_customer", "我记得你们说过可以免费取消。", "我们从来没这么说过，是您自己记岔了。", "是您自己记岔了"),
    ("blame_customer", "我的密码怎么老是输不对？", "密码错了只能怪您自己记性不好。", "怪您自己记性不好"),
    ("refuse_responsibility", "这个故障你们能派人来修吗？", "修不修是厂家的事，别找我们客服。", "别找我们客服"),
    ("refuse_responsibility", "那我的损失谁来赔？", "谁卖给您的您找谁，我这边不受理。", "谁卖给您的您找谁"),
    ("refuse_responsibility", "你帮我转给负责的人吧。", "没有什么负责的人，您爱找谁找谁去。", "您爱找谁找谁去"),
    ("do_it_yourself", "那个绑定银行卡的步骤在哪？", "应用里有视频教程，您照着自己琢磨去。", "您照着自己琢磨去"),
    ("do_it_yourself", "能不能帮我把信息改一下？", "这种小事您动动手指就改了，用不着我们。", "用不着我们"),
    ("do_it_yourself", "你能告诉我具体怎么操作吗？", "步骤太多了我没法一步步教，您自个儿摸索吧。", "您自个儿摸索吧"),
    ("take_or_leave", "这个违约金能不能减一点？", "一分钱也不会少，您要么交要么别办。", "您要么交要么别办"),
    ("take_or_leave", "我想换一个上门的时间。", "时间就排到那天，您等不了就取消。", "您等不了就取消"),
    ("take_or_leave", "这个规定对老客户不公平吧。", "公平不公平不是您说了算，规定就摆在那。", "不是您说了算"),
    ("impatience", "你稍等，我去拿一下合同。", "您能不能提前准备好再打，我这边忙着呢。", "我这边忙着呢"),
    ("impatience", "刚才那个步骤能再说一下吗？", "一个步骤讲半天您还记不住。", "讲半天您还记不住"),
    ("impatience", "我还想再确认一个细节。", "您赶紧的吧，别磨磨蹭蹭的。", "别磨磨蹭蹭的"),
    ("sarcasm", "你们这个价格也太贵了吧。", "嫌贵？便宜的东西满大街都是，您去买那些呗。", "便宜的东西满大街都是"),
    ("sarcasm", "我在你们这办了十年业务了。", "十年了还搞不清楚规矩，真是难为您了。", "真是难为您了"),
    ("sarcasm", "你们能不能有点效率？", "要效率您可以请个私人秘书，我们这是公共热线。", "您可以请个私人秘书"),
    ("talking_down", "你说的那个术语我听不懂。", "这么基础的东西都不懂，跟您讲也是白讲。", "跟您讲也是白讲"),
    ("talking_down", "我不太会在网上操作。", "这年代还不会上网，您让家里年轻人来打吧。", "您让家里年轻人来打吧"),
    ("talking_down", "我再问个可能很傻的问题。", "知道傻就别问了，听我说就行。", "知道傻就别问了"),
]
HO_FORBIDDEN_REACT = ["你这是在教训我吗？", "把你工号报一下，我要反映。", "你们就这么对待客户？", "我听着很不舒服。"]
# Agent hard negatives: taboo-ish words in acceptable service language.
HO_LOOKALIKES = [
    ("blame_customer", "是不是我自己弄错了？", "不怪您，这个页面设计得确实容易看岔，我陪您一起改过来。"),
    ("blame_customer", "我是不是手太快点了两次？", "点两次也没关系，系统只会扣一次，多出来的会自动退回。"),
    ("refuse_responsibility", "这个得找厂家吧？", "不用您去找厂家，我们客服直接帮您对接。"),
    ("refuse_responsibility", "这事是不是归别的部门管？", "这事由我们受理，您不必再打别的电话。"),
    ("do_it_yourself", "这个我能自己在应用里改吗？", "可以自己改，步骤不多，您要是愿意，我现在一步一步陪您操作。"),
    ("take_or_leave", "违约金是不是一定要交？", "按合同是要交的，不过您符合减免条件，我这就帮您提交减免申请。"),
    ("impatience", "不好意思，我动作慢，让你久等。", "不着急，您慢慢来，我一直在线上。"),
    ("sarcasm", "你们这么便宜不会是骗人的吧？", "您谨慎一点是对的，我们是正规备案的机构，您随时可以查证。"),
    ("talking_down", "我年纪大了，很多东西不懂。", "没关系，不懂的地方我用大白话跟您讲，讲到您明白为止。"),
    ("talking_down", "这个问题是不是很傻？", "一点都不傻，很多客户都问过，我给您解释一下。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("你们就是一群骗子，专门坑老百姓的钱。", "您先消消气，这笔费用的来龙去脉我一项一项给您说明。"),
    ("少废话，赶紧给我办。", "好的，我现在就给您办理。"),
    ("我看你就是新来的，什么都不懂。", "您反映的问题我都清楚，我会按规定给您处理好。"),
    ("你们这破系统什么时候能像样一点？", "系统的问题我们已经在改进了，给您添麻烦了。"),
    ("再推脱我就去媒体曝光你们。", "您的权益我们一定保障，不会推脱的。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我去年在你们这办的卡，当时业务员拍着胸脯说随时可以退，结果现在我要退，你们又说过了期限，这不是前后两套说法吗。",
    "师傅约好了上午九点到，我一直等到下午三点也没见人影，打他电话关机，打你们电话又排队排了二十分钟。",
    "我就想问一句，为什么同样的业务别人家半个月就办下来了，我的材料交上去两个月了还显示在审核中。",
    "你们的车把我放在了离目的地两公里的地方，外面下着雨，我拎着行李走过去的，这个钱我一分都不该付。",
]
HO_INTERRUPT_AGENT = [
    "这个我来给您解决，我先把这一单的费用全部冻结，再给您走退款流程。",
    "您的情况我已经在系统里标红了，今天之内一定安排专人给您回电话。",
    "我明白，我先讲一下我们现在能做的，第一是退费，第二是补偿。",
    "好，我这就给您登记一个延误补偿，同时给网点发一个催办通知。",
]
HO_EARLY_AGENT = [
    "那我现在直接给您出一个方案，退款原路返回，补偿金另外发到您的账户里，您看这样安排是否合适。",
    "我这边的处理意见是先给您保留名额，等资料补齐以后再帮您正式提交，这样不会耽误进度。",
    "我给您改成明天上午的时段，同时把上门费用免掉，具体的时间师傅会提前联系您。",
]
HO_EARLY_CUST = ["你听我说完嘛，我刚才说的重点根本不是退款的事。", "哎你等一下，我问的是另外一笔订单，不是这一单。",
                 "先别急着给方案，我这边的情况还没跟你讲清楚呢。"]
HO_AFTER_INTERRUPT_CUST = ["你老打断我干什么？", "好吧，那你先弄。", "我还没说到重点呢。"]
HO_AFTER_EARLY_AGENT = ["是我心急了，您先讲。", "抱歉抢了您的话，您继续。"]

# ---- generic follow-ups (customer, agent)
HO_GENERIC_QA = [
    ("你们的服务时间是几点到几点？", "人工坐席早八点到晚八点，其余时间可以留言，第二天会有人回电。"),
    ("能不能加个微信方便联系？", "我们不用个人微信联系客户，有事您直接拨这条热线就行。"),
    ("这个办下来要多长时间？", "资料齐全的话，一般五个工作日内办结。"),
    ("办理进度在哪里能看到？", "官方应用首页有个进度查询入口，登录以后就能看到。"),
    ("会不会额外收服务费？", "这个环节不收取任何服务费，如果有人向您收费请直接举报。"),
    ("我可以委托朋友去办吗？", "可以委托，需要一份您签字的委托书和双方的证件原件。"),
    ("刚才说的这些能发条短信给我吗？", "没问题，通话结束后要点会以短信形式发给您。"),
    ("节假日有没有能办的地方？", "节假日有值班网点，具体位置可以在官方应用里查到。"),
    ("如果我对结果有异议怎么办？", "您可以在收到结果后十五日内提出复核，我们会另派人员处理。"),
    ("这个事情需要我本人签字吗？", "线上确认就可以，不需要您本人到场签字。"),
    ("我之前的记录还保留着吗？", "历史记录都保留着，我这边都能看到。"),
    ("能不能先给我一个书面回复？", "可以，处理意见会出一份书面回复，寄送或者电子版都行。"),
    ("我需要提前预约吗？", "建议提前一天预约，当天去的话可能需要排队。"),
    ("你们能派人上门处理吗？", "部分业务可以预约上门，我看了一下，您所在的区域是支持的。"),
]
# Longer customer turns than the earlier sets'.
HO_CUST_DETAIL = ["我平时上班忙，今天是特意趁午休给你们打的电话，希望这次别再让我等了。",
                  "这个事情我在你们的应用里提交过两次了，每次都显示已受理，后来就石沉大海了。",
                  "说实话我对这些流程一窍不通，家里孩子又不在身边，只能打电话来问。",
                  "上次接电话的那位态度挺好的，可问题一直没落实下去。"]
HO_CUST_SEARCH = ["你等等，我去拿下老花镜。", "稍微等下，我把短信调出来。"]
HO_CUST_FILLER_OPEN = ["嗯，", "呃，", "啊，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["您刚说的手机号我没记全，再报一次？"],
    "name": ["您的姓名麻烦再报一次？"],
    "id": ["证件号后六位再报一次？"],
    "account": ["{acct_label}麻烦再报一次？"],
    "address": ["您的地址再报一次？"],
}
HO_SLOT_ANSWER = {
    "phone": "手机号是{phone_zh}。", "name": "我叫{name}。", "id": "后六位是{id6_zh}。",
    "account": "{acct_label}是{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["我刚才报过了呀，", "", "再说一次，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["我重念一遍，手机号{phone_zh}，正确吗？"],
    "name": ["登记的姓名是{name}，我重念一遍，正确吗？"],
    "id": ["证件后六位{id6_zh}，我重念一遍，正确吗？"],
    "account": ["{acct_label}{acct_zh}，我重念一遍，无误吧？"],
    "address": ["我重念一遍地址，{address}，正确吗？"],
}
HO_READBACK_CUST = ["正确。", "对，没问题。", "嗯，是的。", "是这个。"]
HO_NEW_ASK = {
    "phone": ("有进展能打电话告诉我吗？", "可以，您留一个方便接听的手机号？", "{phone_zh}。", "好的，回电号码记好了。"),
    "name": ("要不要留个名字？", "要的，请问怎么称呼您？", "{name}。", "好的，登记在册了。"),
    "address": ("能上门来处理吗？", "能上门，请问您的详细住址？", "{address}。", "好的，上门地址登记好了。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]), ("account", ["卡号", "账号", "户号", "单号", "编号"]),
                    ("name", ["姓名", "名字", "贵姓", "称呼"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话"])]
ASK_MARKERS = ["提供一下", "报一下", "再报一次", "告知"]


# the slot an agent line asks for, or None (read-backs 「…我重念一遍…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("重念",))


# ---- domains
HO_DOMAINS = {
    "appliance": {
        "companies": [("优家电器服务专线", "优家电器服务专线")],
        "acct_label": "报修单号",
        "verify": [("请您提供一下报修单号。", "报修单号{acct_zh}。", ["account"]),
                   ("上门的地址是哪里？麻烦讲详细一点。", "{address}。", ["address"])],
        "issues": [
            {"open": ["我家冰箱冷藏室不制冷了，里面的菜都放坏了。", "洗衣机脱水的时候响声特别大，整台机器都在晃。"],
             "result": ["已经给您派单了，维修师傅明天上午九点到十二点上门，先检测后报价，您同意了再修。"],
             "qa": [("上门检测收钱吗？", "保修期内检测和维修都免费，过保的话检测费是五十元，维修了就不另收。")]},
            {"open": ["我新买的空调什么时候能来装？"],
             "result": ["安装工单已经生成，{due}上午安装师傅会带着支架过来，安装费包含在购机款里。"],
             "qa": [("要我提前准备什么吗？", "您把安装位置的杂物清一下，留一个插座就可以。")]},
        ],
    },
    "cabletv": {
        "companies": [("广视有线电视客户热线", "广视有线电视客户热线")],
        "acct_label": "智能卡号",
        "verify": [("报一下您的智能卡号。", "{acct_zh}。", ["account"]),
                   ("户主的电话多少？", "{phone_zh}。", ["phone"])],
        "issues": [
            {"open": ["电视一直显示无信号，换了台也一样。", "机顶盒开机以后卡在启动画面不动。"],
             "result": ["后台给您重新授权了，把机顶盒断电十秒再开，两分钟内就能恢复。"],
             "qa": [("要是还不行呢？", "还不行的话我给您约师傅上门，不收上门费。")]},
            {"open": ["我想把有线电视停掉，以后不看了。"],
             "result": ["可以办停机，本月费用算到月底，剩下的预存款{amount}元退到您的缴费账户。"],
             "qa": [("机顶盒要还吗？", "机顶盒是租用的，停机后七天内送回营业网点就行。")]},
        ],
    },
    "ridehail": {
        "companies": [("快行出行乘客服务专线", "快行出行乘客服务专线")],
        "acct_label": "行程单号",
        "verify": [("请提供一下行程单号。", "{acct_zh}。", ["account"]),
                   ("乘车人手机号多少？", "{phone_zh}。", ["phone"])],
        "issues": [
            {"open": ["我昨晚坐的车，司机绕了好大一圈路，多收了我钱。", "行程明明结束了，系统又多扣了我一笔取消费。"],
             "result": ["核实过了，这一单确实有问题，多收的{min_amount}元已经退回到您的支付账户。"],
             "qa": [("司机会不会被处理？", "平台会按规则对司机做出处罚，处理结果会通知您。")]},
            {"open": ["我的耳机落在车上了，白色的，装在一个小盒子里。"],
             "result": ["已经联系上司机了，他今晚会把耳机送到您指定的地点，送还费按平台标准支付。"],
             "qa": [("要付多少钱？", "送还费按路程计算，大概二三十元，司机到了您确认后再付。")]},
        ],
    },
    "gym": {
        "companies": [("力行健身会员服务中心", "力行健身会员服务中心")],
        "acct_label": "会籍卡号",
        "verify": [("请问您的会籍卡号是多少呢？", "{acct_zh}。", ["account"]),
                   ("会员本人的姓名是？", "{name}。", ["name"])],
        "issues": [
            {"open": ["我最近要出差，想把会员卡暂停两个月。", "我受伤了，医生说三个月不能运动，卡能不能停一下？"],
             "result": ["可以为您办理停卡，停卡期间不计算会籍天数，到期日会自动顺延，手续费这次给您免掉了。"],
             "qa": [("停卡以后能提前恢复吗？", "随时可以提前恢复，到前台刷一下卡就自动激活了。")]},
            {"open": ["我买的私教课才上了两节，教练就离职了，剩下的课怎么办？"],
             "result": ["剩下的课时可以转给其他教练，也可以按剩余课时退款，退款金额是{amount}元。"],
             "qa": [("换的教练水平怎么样？", "都是同等级的教练，您可以先免费体验一节再决定。")]},
        ],
    },
    "fund": {
        "companies": [("恒瑞基金客户关怀中心", "恒瑞基金客户关怀中心")],
        "acct_label": "基金账号",
        "verify": [("烦请您告知基金账号。", "基金账号是{acct_zh}。", ["account"]),
                   ("为核实身份，烦请告知开户人姓名及证件号码后六位。", "{name}，后六位{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["我昨天下午赎回的基金，钱什么时候能到账？", "我想问一下赎回的款项怎么还没到。"],
             "result": ["您的赎回申请已于昨日确认，款项{amount}元预计在两个工作日内划入您的银行卡，届时会有短信提示。"],
             "qa": [("节假日会顺延吗？", "遇到节假日会顺延至下一个工作日，敬请留意。")]},
            {"open": ["我想把每个月定投的金额改一下。"],
             "result": ["定投金额可以在线修改，修改后从下一个扣款日开始生效，本月的扣款不受影响。"],
             "qa": [("能暂停定投吗？", "可以暂停，暂停期间不扣款，连续三期未扣款的计划会自动终止。")]},
        ],
    },
    "provident": {
        "companies": [("清河市住房公积金服务热线", "清河市住房公积金服务热线")],
        "acct_label": "公积金账号",
        "verify": [("请提供一下公积金账号。", "{acct_zh}。", ["account"]),
                   ("缴存人姓名和身份证后六位是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["我想提取公积金付房租，需要什么手续？"],
             "result": ["租房提取可以在手机上直接申请，审核通过后三个工作日到账，提取额度按您的缴存情况计算。"],
             "qa": [("一年能提几次？", "按月或者按季度提取，两种方式任选。")]},
            {"open": ["我换了单位，公积金账户要怎么转？", "新单位说我的公积金还在原来那边，转不过来。"],
             "result": ["新单位开户以后，在手机上发起转移申请，原账户的余额和缴存时间都会合并过去。"],
             "qa": [("转的时候要停缴吗？", "不用停缴，转移办完后按新单位的标准正常缴存。")]},
        ],
    },
    "consumer": {
        "companies": [("东平市幺二三幺五消费者投诉举报热线", "东平市幺二三幺五消费者投诉举报热线")],
        "acct_label": "受理编号",
        "verify": [("您的姓名和联系电话是？", "我叫{name}，电话{phone_zh}。", ["name", "phone"]),
                   ("被投诉商家的地址是哪里？", "就在{address}楼下。", ["address"])],
        "issues": [
            {"open": ["我在一家美容店办了预付卡，现在店关门了，老板也联系不上。"],
             "result": ["您的投诉已经受理，受理编号会短信发给您，属地市场监管所会在七个工作日内联系您核实。"],
             "qa": [("钱能要回来吗？", "我们会组织调解，调解不成的，会告知您通过诉讼途径维权。")]},
            {"open": ["我在超市买的酸奶过期了，他们还不给退。", "网上买的电器是翻新机，商家不认账。"],
             "result": ["这个情况符合受理条件，已经登记，请您保留好小票和商品，调查人员会跟您联系。"],
             "qa": [("要我去现场吗？", "一般不需要，如需现场核实，工作人员会提前跟您约时间。")]},
        ],
    },
    "scenic": {
        "companies": [("云岭山景区票务预订部", "云岭山景区票务预订部")],
        "acct_label": "预约单号",
        "verify": [("麻烦您报一下预约单号好吗？", "{acct_zh}。", ["account"]),
                   ("请问预约时登记的手机号码是？", "{phone_zh}。", ["phone"])],
        "issues": [
            {"open": ["我们一家五口想把明天的票改到周末，听说山上要下雨。", "我买了明天的门票，天气不好，能改期吗？"],
             "result": ["可以的，雨天的门票可以免费改期，我已经帮您改到周六了，新的预约码会发到您手机上。"],
             "qa": [("索道票也能一起改吗？", "索道票是跟门票绑定的，已经一起帮您改好了。")]},
            {"open": ["我想问一下带老人去，有没有优惠？"],
             "result": ["六十岁以上的老人凭身份证免门票，入园时走绿色通道就可以，索道票是半价。"],
             "qa": [("景区里能借轮椅吗？", "游客中心可以免费借轮椅，押金一百元，归还的时候退给您。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["袁", "于", "吕", "苏", "卢", "沈", "姚", "崔", "程", "陆", "范", "方", "石", "谭", "廖", "邹"]
DOCTORS = SURNAMES           # the shared slot maker draws a {doctor}; no blind6 template uses it
NAMES = ["袁立强", "于佳琪", "吕建平", "苏晓燕", "卢志刚", "沈梦瑶", "姚国庆", "崔海燕", "程思远", "陆文静",
         "范永红", "谭明亮"]
AREAS = ["桂香园", "望江苑", "阳光城小区", "梧桐里", "清泉山庄", "盛世华庭"]
CITIES = ["桂林", "宁波", "扬州", "洛阳", "泉州", "绵阳", "拉萨", "银川"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["对了，上回报的那个问题处理到哪一步了？", "顺带帮我查查我之前那笔申请的进度。"]
HOLD2_AGENT = "上回那个问题已经处理完毕，回执会发到您的手机上。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
