# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind5`` (dev only): the fifth blind evaluation set for issue 11.

Written from call-centre service norms (服务规范 / 服务禁语 / hold etiquette), without reading the
QA rules' phrase lists or configuration, and without reusing the phrasings of heldout_text.py
(sets 1-3) or blind4_text.py (set 4): other centres (water and gas utilities, a securities
broker, car rental, hotel booking, mobile-phone after-sales, a 12333-style social-insurance
hotline, food delivery), other 工号 forms, offers of help, closings, hold announcements and
returns, 服务禁语 in six families (sarcasm added), and hard negatives.

The table names are those of heldout_text.py, so heldout.plan_call_heldout speaks this module.
Keep the sentences here out of reports and READMEs: the set measures generalisation only while
nobody tunes on them.  ``lint()`` checks the invariants the truth labels rely on.
"""
import sys

from text_checks import lint_tables, slot_asker

HO_DOMAINS_LIST = ["water", "gas", "securities", "carrental", "hotel", "phone", "social", "food"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has
# 嗯 啊 呃 or a standalone 那个 / 这个 / 就是 / 然后 / 额 (as determiners inside a clause they are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["嗯", "啊", "呃"]
HO_FILLER_ALONE = ["那个", "这个", "就是", "然后", "额", "就是说"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number (接线员 / 服务编号 / 员工号 / 编号 / 客服代表 / "the Nth agent serving you"),
# an offer of help; two in forms that are unusual but acceptable (为您效劳, surname plus 编号).
HO_GREETINGS = [
    "您好，{hotline}，接线员{agent_zh}号，请问哪里需要帮忙？",
    "{tod}，{hotline}，服务编号{agent_zh}，请问今天有什么可以为您效劳的？",
    "您好，这里是{hotline}，我是本次为您服务的{agent_zh}号客服，请问您想了解什么？",
    "您好，{hotline}人工服务，员工号{agent_zh}，请您讲。",
    "{tod}！欢迎来电{hotline}，{agent_zh}号为您效劳，请问怎么帮您？",
    "您好，{hotline}，我姓{agent_surname}，编号{agent_zh}，很乐意为您服务，您请讲。",
    "您好，感谢您拨打{hotline}，客服代表{agent_zh}号在线，请问有什么问题需要处理？",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["喂，讲。", "喂喂，说话。", "这边客服，怎么了？", "说吧，又是什么问题？", "有话快说。",
                    "这里售后，你哪位？"]

# ---- closings
HO_CLOSING_ASK = ["您这边还有没有其他想咨询的？", "请问今天还有别的事需要我办理吗？",
                  "还有哪里需要我帮您看看的吗？", "其他还有什么我可以效劳的吗？"]
HO_CLOSING_CUST = ["没了，就这样。", "没有了，你们辛苦。", "暂时就这些，谢谢你。", "不用了，挺好的。", "没有了。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; one without 再见 (thanks
# plus wishes), which is acceptable.
HO_CLOSING_BYE = {
    None: ["好的，那不耽误您时间了，谢谢您的来电，再见。",
           "感谢您的耐心配合，祝您今天一切顺心。",
           "感谢您拨打我们的热线，如果还有问题欢迎再打过来，再见。",
           "好的，感谢您的来电，请您挂机后为我的服务打个分，再见。",
           "不客气，谢谢您的信任，祝您每天都有好心情。"],
    "water": ["感谢您的来电，祝您用水无忧，再见。"],
    "gas": ["感谢您的来电，祝您安全用气，再见。"],
    "securities": ["感谢您的来电，祝您投资顺利，再见。"],
    "carrental": ["感谢您的来电，祝您一路顺风，再见。"],
    "hotel": ["谢谢您的来电，祝您入住愉快，再见。"],
    "phone": ["感谢您的来电，祝您使用愉快，再见。"],
    "social": ["感谢您对人社工作的支持，再见。"],
    "food": ["谢谢您的来电，祝您用餐愉快，再见。"],
}
HO_CLOSING_CUST_BYE = ["拜拜。", "好，再见啦。", "再见。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["那就先这么着。", "没别的我就挂了。", "事情说完了，挂吧。", "你回去等消息就行。", "到此为止吧。",
                   "行了，办好了。"]
HO_BAD_CLOSING_CUST = ["哦。", "那好。", "就完了？", "行，知道了。"]

# ---- holds: announcements in unusual but clear words (don't put the phone down, some music,
# the call kept on hold, wait on the line), thanks on return, returns without thanks.
HO_HOLD_ANNOUNCE = ["我需要翻一下您的历史记录，大约一分钟，电话请先不要放下。",
                    "您先听一小段音乐，我这边去把结果找出来。",
                    "这个得跟技术部门确认，我先把通话保留一下，您别走开。",
                    "我这就去核对，麻烦您在电话那头等一等。",
                    "容我查阅一下记录，您暂时不要挂线。",
                    "我帮您问一下门店那边，中间会安静一会儿，您稍等片刻。",
                    "我把电话转成等待，一会儿回来给您答复。"]
ANNOUNCE_RE = "放下|音乐|保留|等一等|挂线|稍等|等待"
HO_HOLD_THANKS = ["劳您久候，记录我已经翻到了。", "谢谢您一直在线，结果出来了。", "让您多等了一会儿，我跟您说一下情况。",
                  "感谢您的耐心，刚才已经跟技术部门确认过了。", "不好意思耽误您了，谢谢等候，情况是这样的。"]
HO_THANKS_WORDS = ["久候", "谢谢", "感谢", "耐心", "多等"]
HO_RESUME_NO_THANKS = ["我回来了，跟您说一下结果。", "喂，能听到我说话吗？", "系统里看到了，是这么回事。",
                       "查清楚了，您听我说。", "好，情况弄明白了。"]
HO_UNANNOUNCED_PRE = ["好，了解。", "行，记下了。", "没问题。", None, None]
# words a return without thanks, or the line before an unannounced hold, must not have
NOT_ANNOUNCING = ["稍等", "稍候", "等一", "挂", "放下", "音乐", "保留", "一会儿", "片刻", "马上"]

HO_ACK_AGENT = ["好的，这个情况我已经记录在案。", "明白您的意思了。", "收到，我来处理。", "了解，我跟进一下。"]
HO_ACK_CUST = ["好的好的。", "知道了。", "哦，这样啊。", "可以可以。", "行吧。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["嗯。", "嗯嗯。", "对。", "好。", "是的。", "了解。"]
HO_CUST_BC = ["嗯。", "好的。", "对对。", "哦哦。", "是。", "嗯嗯。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "我按你说的操作了，还是不行。", "那肯定是您操作不对，系统不会有问题的。", "肯定是您操作不对"),
    ("blame_customer", "你们短信上写的我看不明白。", "短信写得清清楚楚，是您没仔细看。", "是您没仔细看"),
    ("blame_customer", "我是不是漏填了什么？", "您自己填错了还来问我们。", "您自己填错了还来问我们"),
    ("refuse_responsibility", "那我该找谁解决？", "这个您去问商家，我们管不了。", "我们管不了"),
    ("refuse_responsibility", "你能帮我催一下吗？", "催不了，这事您找当地营业厅去。", "这事您找当地营业厅去"),
    ("refuse_responsibility", "你帮我问问你们领导行吗？", "我只负责接电话，别的我不清楚。", "我只负责接电话"),
    ("do_it_yourself", "这个手续要怎么办？", "网上都能办，您自己弄一下就行，别什么都打电话问。", "别什么都打电话问"),
    ("do_it_yourself", "那个表格在哪里下载？", "官网首页就有，自己下载去。", "自己下载去"),
    ("do_it_yourself", "你能帮我操作一下吗？", "这个我们不代办，您自己照着流程走。", "您自己照着流程走"),
    ("take_or_leave", "这个价格能不能再商量？", "没得商量，就这个价。", "没得商量"),
    ("take_or_leave", "我不同意这样处理。", "您不同意也改变不了什么。", "也改变不了什么"),
    ("take_or_leave", "那我不办了行不行？", "随便您，不办就算了，反正不影响我们。", "反正不影响我们"),
    ("impatience", "我再想想，你等我一下。", "您想好了再打过来，别占着线。", "别占着线"),
    ("impatience", "能不能再跟我说一次？", "说了多少遍了，还问？", "说了多少遍了"),
    ("impatience", "我还有一个小问题。", "问题怎么这么多，您一次说完行不行？", "问题怎么这么多"),
    ("sarcasm", "我觉得你们这个服务太差了。", "嫌我们差您可以换别家嘛，又没人拦着您。", "又没人拦着您"),
    ("sarcasm", "我不太会用智能手机。", "这年头连手机都不会用，也是少见。", "连手机都不会用"),
    ("sarcasm", "你们能不能快点给我退款？", "您这么着急，那您自己来当客服好了。", "您自己来当客服好了"),
]
HO_FORBIDDEN_REACT = ["你这叫什么话？", "你叫什么名字，我要投诉。", "有你这么说话的吗？", "我要找你们主管。"]
# Agent hard negatives: taboo-ish words in acceptable service language.
HO_LOOKALIKES = [
    ("blame_customer", "是不是我操作不对？", "不是您的问题，是系统刚才升级导致的，已经恢复了。"),
    ("blame_customer", "我是不是哪里填错了？", "您填的都对，只是少上传了一张照片，我教您怎么补。"),
    ("refuse_responsibility", "这个需要我自己去营业厅吗？", "不需要您跑营业厅，我在电话里就可以帮您办。"),
    ("refuse_responsibility", "你们管得了这个事吗？", "我们管得了，这件事我直接帮您处理。"),
    ("do_it_yourself", "我能自己下载表格吗？", "可以自己下载，官网首页就有，我也可以把链接发到您的手机上。"),
    ("take_or_leave", "价格还能商量吗？", "价格是统一的，不过有一个老用户的优惠，我帮您看看能不能用上。"),
    ("impatience", "我问题有点多，你别嫌烦。", "不会的，您有多少问题都可以问，我一条一条跟您说。"),
    ("impatience", "我是不是占用你太久了？", "没有的，您不用着急，慢慢想。"),
    ("impatience", "不好意思，我又问了一遍。", "没关系，我再给您说一遍，这次我说慢一点。"),
    ("sarcasm", "你们不会觉得我很麻烦吧？", "怎么会呢，帮您解决问题就是我们的工作。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("你们客服是不是都是机器人？说话一点用都没有。", "我是人工客服，让您不满意了，我马上给您想办法。"),
    ("我告诉你，今天不给我解决我就天天打。", "您的心情我理解，今天一定给您一个处理结果。"),
    ("别跟我说那些套话，我听烦了。", "好的，那我直接说结论。"),
    ("你们这种服务还好意思收钱？", "给您带来不好的体验，非常抱歉，我先帮您把问题处理好。"),
    ("你自己看着办吧，反正我不满意。", "明白，我会把您的意见如实上报。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我从上个月开始就一直在等你们的答复，前后打了四五个电话，每次都说会有人联系我，结果到现在一个电话都没有接到过。",
    "你们的短信通知说已经处理完了，可是我这边什么变化都没有，我专门请了假在家里等，这个损失谁来给我算。",
    "我不想再听你们那一套流程了，我就想知道今天之内到底能不能给我解决，如果不能我就直接去投诉了。",
    "我跟你说清楚，我是老客户了，这么多年从来没有遇到过这种情况，你们现在的服务真是越来越让人失望了。",
]
HO_INTERRUPT_AGENT = [
    "您别急，我这边马上给您升级成紧急工单，今天下午之前一定有人联系您。",
    "我看到您的记录了，这个问题我现在就可以帮您处理，您不用再等了。",
    "这个我能理解，我们先把补偿的事情跟您确认一下，其他的稍后再说。",
    "好的好的，您说的情况我全都记下来了，现在就给您提交到上级部门。",
]
HO_EARLY_AGENT = [
    "那我直接把处理方法跟您说一下，第一步先在手机上提交申请，第二步等审核短信，第三步再去门店办理。",
    "我这边建议您先把订单保留着，等明天上午系统恢复以后，我们再统一给您做一个补偿。",
    "这个情况我们可以按照特殊情况来处理，您只需要提供一张照片，剩下的都由我们来操作。",
]
HO_EARLY_CUST = ["哎，你先别说，我还没讲完呢。", "不是，我要问的不是这个。", "等会儿，我这边还有个问题。"]
HO_AFTER_INTERRUPT_CUST = ["你能不能等我说完？", "好吧，那你处理吧。", "我的话还没讲完。"]
HO_AFTER_EARLY_AGENT = ["抱歉，是我抢话了，您请说。", "不好意思，您先说。"]

# ---- generic follow-ups (customer, agent)
HO_GENERIC_QA = [
    ("你们晚上几点下班？", "人工服务到晚上十点，其他时间可以在手机上自助办理。"),
    ("这个能在手机上办吗？", "可以的，在我们的官方小程序里就能办理。"),
    ("办完以后要签字吗？", "线上办理不需要签字，系统会自动留存记录。"),
    ("我能换个时间再办吗？", "可以的，这个没有时间限制，您方便的时候再办就行。"),
    ("要不要本人过来？", "线上办理不需要本人到场，用本人的手机验证就可以。"),
    ("会不会影响我的信用？", "不会的，这个情况不会上报征信，您放心。"),
    ("你们能提供书面证明吗？", "可以，我帮您申请一份电子证明，三个工作日内发到您的邮箱。"),
    ("这个费用能开专票吗？", "可以开增值税专用发票，需要您提供单位的开票信息。"),
    ("我下次打过来还能找到你吗？", "下次可能是其他同事接听，不过您的记录大家都能看到。"),
    ("周末能上门吗？", "周末也可以安排，只是名额比较少，建议您提前预约。"),
    ("你们的投诉渠道是哪个？", "投诉和咨询都是这条热线，接通后按二号键就是投诉通道。"),
    ("我怎么确认你不是骗子？", "您可以挂机后拨打官网公布的热线核实，我们不会让您转账。"),
    ("可以把进度发到我邮箱吗？", "可以，我在系统里勾选了邮件通知，每次有进展都会发给您。"),
    ("老人能不能代办？", "家里人可以代办，带上双方的身份证件就行。"),
]
HO_CUST_DETAIL = ["这个事我已经拖了快一个月了。", "我白天要上班，只有中午有空打电话。", "我之前在网上留过言，一直没人回。",
                  "我家里老人着急，让我赶紧问问。"]
HO_CUST_SEARCH = ["你稍等，我找找单子。", "等一下，我翻一下手机。"]
HO_CUST_FILLER_OPEN = ["嗯，", "呃，", "啊，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["您的手机号麻烦再讲一遍？"],
    "name": ["您的名字再讲一遍？"],
    "id": ["身份证后六位麻烦再讲一遍？"],
    "account": ["您的{acct_label}再讲一遍好吗？"],
    "address": ["地址麻烦再讲一遍？"],
}
HO_SLOT_ANSWER = {
    "phone": "手机号是{phone_zh}。", "name": "我叫{name}。", "id": "后六位是{id6_zh}。",
    "account": "{acct_label}是{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["刚刚讲过了，", "", "还要讲一遍？"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["我给您念一遍，手机号{phone_zh}，是这个吧？"],
    "name": ["我给您念一遍，姓名是{name}，没写错吧？"],
    "id": ["我给您念一遍，身份证后六位{id6_zh}，是这个吧？"],
    "account": ["我给您念一遍，{acct_label}{acct_zh}，是这个吧？"],
    "address": ["我给您念一遍，地址是{address}，是这个吧？"],
}
HO_READBACK_CUST = ["是的。", "没错。", "对，就是这个。", "嗯，对。"]
HO_NEW_ASK = {
    "phone": ("办好了能打电话告诉我吗？", "可以，您希望我们打哪个手机通知您？", "打这个{phone_zh}。",
              "好的，通知电话登记上了。"),
    "name": ("需要留个名字吗？", "需要的，您贵姓？", "免贵姓{surname}。", "好的，已经帮您写上了。"),
    "address": ("能寄一份纸质的给我吗？", "可以，请问寄到哪个地址？", "寄到{address}。", "好的，邮寄地址已经登记。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证"]), ("account", ["卡号", "账号", "户号", "单号"]),
                    ("name", ["姓名", "名字", "贵姓", "称呼"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话"])]
ASK_MARKERS = ["提供一下", "报一下", "再讲一遍"]


# the slot an agent line asks for, or None (read-backs 「我给您念一遍…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("念一遍",))


# ---- domains
HO_DOMAINS = {
    "water": {
        "companies": [("碧源水务客户服务热线", "碧源水务客户服务热线")],
        "acct_label": "用水户号",
        "verify": [("麻烦您提供一下用水户号。", "户号是{acct_zh}。", ["account"]),
                   ("请问您家的详细地址是？", "{address}。", ["address"])],
        "issues": [
            {"open": ["我家水龙头出来的水有点发黄。", "我们这栋楼从早上开始就没水了。"],
             "result": ["您所在的片区今天上午在更换管道，预计傍晚六点前恢复供水，刚恢复时水会有点浑，放几分钟就好了。"],
             "qa": [("会不会影响喝？", "恢复以后水质会经过检测，放清了就可以正常使用。")]},
            {"open": ["我这个季度的水费怎么要{amount}元，以前都没这么多。"],
             "result": ["抄表记录显示您家用水量比上季度多了不少，有可能是管道有暗漏，我帮您预约师傅上门检查。"],
             "qa": [("上门检查收费吗？", "检查管道是免费的，需要换配件才会收材料费。")]},
        ],
    },
    "gas": {
        "companies": [("安然燃气客服热线", "安然燃气客服热线")],
        "acct_label": "燃气卡号",
        "verify": [("请问您的燃气卡号是多少？", "卡号是{acct_zh}。", ["account"]),
                   ("请问开户人的姓名和联系电话是？", "开户人是{name}，电话{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["我刚买了房子，想开通燃气。"],
             "result": ["开通需要房产证和身份证，预约以后工作人员会上门装表点火，一般三个工作日内安排。"],
             "qa": [("点火那天家里要留人吗？", "需要家里有成年人在，工作人员会同时做一次安全检查。")]},
            {"open": ["我充了气费，可是表里没显示。", "燃气表充值以后一直没到账。"],
             "result": ["这笔{amount}元的充值已经到账，需要您把燃气卡插到表上读一下才会显示。"],
             "qa": [("插卡以后多久能用？", "插卡以后马上就能显示，可以直接使用。")]},
        ],
    },
    "securities": {
        "companies": [("华信证券客户服务中心", "华信证券客户服务中心")],
        "acct_label": "资金账号",
        "verify": [("请您报一下资金账号。", "资金账号是{acct_zh}。", ["account"]),
                   ("请问开户人姓名和身份证后六位是？", "{name}，后六位{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["我今天想买股票，可是交易软件一直登不上。"],
             "result": ["今天上午交易系统没有异常，您需要把软件升级到最新版本，升级后重新登录就可以了。"],
             "qa": [("会不会耽误我下单？", "升级只需要两三分钟，您也可以先用网页版下单。")]},
            {"open": ["我想问一下怎么开通创业板。", "我要开通一个新的交易权限。"],
             "result": ["开通这项权限需要账户满足资产和交易经验的要求，我看了一下您的条件都符合，可以在软件里在线申请。"],
             "qa": [("要考试吗？", "需要做一份风险测评，大概十分钟就能完成。")]},
        ],
    },
    "carrental": {
        "companies": [("畅行租车客服中心", "畅行租车客服中心")],
        "acct_label": "租车单号",
        "verify": [("请问您的租车单号是多少？", "单号是{acct_zh}。", ["account"]),
                   ("请问预订人的手机号码是？", "{phone_zh}。", ["phone"])],
        "issues": [
            {"open": ["我想把还车时间往后延两天。"],
             "result": ["已经帮您办理了续租，两天的费用是{amount}元，从押金里扣除，还车时间顺延到后天下午。"],
             "qa": [("能换个门店还车吗？", "可以异店还车，会收取一笔调度费。")]},
            {"open": ["车子开到半路仪表盘上亮了一个黄灯。", "我租的车轮胎好像没气了。"],
             "result": ["已经为您安排了道路救援，救援车大约四十分钟到达，救援费用由我们承担。"],
             "qa": [("我在车里等还是车外等？", "请您把车停到安全的地方，打开双闪，人站到护栏外面等候。")]},
        ],
    },
    "hotel": {
        "companies": [("悦途旅行预订中心", "悦途旅行预订中心")],
        "acct_label": "预订单号",
        "verify": [("请您提供一下预订单号。", "单号是{acct_zh}。", ["account"]),
                   ("请问入住人的姓名是？", "入住人是{name}。", ["name"])],
        "issues": [
            {"open": ["我订了下周去{city}的酒店，现在想取消。"],
             "result": ["您订的房间可以免费取消，已经帮您取消了，房费{amount}元会在七个工作日内退回原支付账户。"],
             "qa": [("会扣手续费吗？", "在入住前一天中午之前取消都不收手续费。")]},
            {"open": ["我到酒店了，前台说查不到我的预订。"],
             "result": ["我已经跟酒店前台通过电话了，您的房间已经确认，您到前台说出入住人的名字就能办理入住。"],
             "qa": [("能不能安排一个安静一点的房间？", "我已经给酒店备注了，尽量为您安排高楼层远离电梯的房间。")]},
        ],
    },
    "phone": {
        "companies": [("青禾手机售后服务中心", "青禾手机售后服务中心")],
        "acct_label": "维修单号",
        "verify": [("请问您的维修单号是多少？", "是{acct_zh}。", ["account"]),
                   ("请问购机时登记的手机号码是？", "{phone_zh}。", ["phone"])],
        "issues": [
            {"open": ["我的手机送修一个星期了，还没修好。"],
             "result": ["您的手机主板需要更换，配件今天已经到了，预计明天下午可以取机，在保修范围内不收费。"],
             "qa": [("资料会不会丢？", "更换主板前工程师已经帮您备份了资料，取机时会帮您恢复。")]},
            {"open": ["我的手机充不进电了，买了才三个月。", "手机屏幕突然出现一条绿线。"],
             "result": ["这种情况在保修期内，我帮您预约了明天上午的门店检测，确认是质量问题可以免费换新。"],
             "qa": [("要带发票吗？", "带上手机和包装盒就可以，电子发票我们系统里能查到。")]},
        ],
    },
    "social": {
        "companies": [("江城市人社服务热线", "江城市人社服务热线")],
        "acct_label": "社保卡号",
        "verify": [("请您报一下社保卡号。", "社保卡号是{acct_zh}。", ["account"]),
                   ("请问参保人的姓名和身份证后六位？", "{name}，后六位{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["我换了工作，想问社保怎么转过去。"],
             "result": ["新单位为您办理参保以后，您在手机上申请转移接续，原来的缴费年限会合并计算。"],
             "qa": [("中间断了一个月有影响吗？", "断缴一个月可以补缴，对累计年限没有影响。")]},
            {"open": ["我的社保卡丢了，要怎么补办？", "我社保卡的磁条坏了，刷不了。"],
             "result": ["我先帮您办理了临时挂失，补卡可以在手机上申请，新卡做好以后寄到您登记的地址。"],
             "qa": [("补卡要钱吗？", "首次补卡是免费的，邮寄也不收费。")]},
        ],
    },
    "food": {
        "companies": [("速达外卖客服中心", "速达外卖客服中心")],
        "acct_label": "外卖订单号",
        "verify": [("请问您的外卖订单号是多少？", "{acct_zh}。", ["account"]),
                   ("请问收餐地址是哪里？", "{address}。", ["address"])],
        "issues": [
            {"open": ["我点的外卖超时一个小时了还没送到。"],
             "result": ["骑手那边遇到了交通管制，我已经帮您催促了，同时给您发放一张{min_amount}元的无门槛红包作为补偿。"],
             "qa": [("还能退款吗？", "如果您不想要了，可以直接申请全额退款，我帮您审核通过。")]},
            {"open": ["送来的餐少了一份饮料。", "外卖里的菜洒了一半。"],
             "result": ["已经为您核实，少送的部分会全额退款，退款两个小时内到账。"],
             "qa": [("商家会不会被处罚？", "我们会把这次情况反馈给商家，督促他们改进。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "余", "潘", "杜", "戴", "夏", "钟", "汪", "任"]
DOCTORS = SURNAMES           # the shared slot maker draws a {doctor}; no blind5 template uses it
NAMES = ["蒋文涛", "蔡晓红", "贾志强", "丁美玲", "魏国华", "薛婷婷", "叶明辉", "余春燕", "潘卫东", "杜雪梅",
         "戴志远", "钟丽萍"]
AREAS = ["锦绣家园", "紫荆花苑", "滨江一号", "银杏里小区", "东湖雅居", "春晖新村"]
CITIES = ["厦门", "西安", "长沙", "大连", "兰州", "海口", "南昌", "呼和浩特"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["另外，我上回反映的那件事有结果了吗？", "你顺便帮我查查之前那个申请批下来没有。"]
HOLD2_AGENT = "之前那件事系统里已经办结了，结果会以短信的形式发给您。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
