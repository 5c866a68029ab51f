# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind15`` (dev only): the fifteenth blind evaluation set for issue 11.

Written by a fifteenth writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette),
without reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py,
blind10_text.py, blind11_text.py, blind12_text.py, blind13_text.py or blind14_text.py.  Eight
business lines none of them had, in other registers: a museum's visit-booking centre (refined,
bookish), a locksmith's call-out line (brisk, street-practical), a pest-control service (practical,
reassuring), an intellectual-property agency (formal, precise), a flower-delivery service (sweet,
cheerful), a city bulky-waste collection line (plain public service), a piano-tuning service
(gentle, artistic) and a translation bureau (businesslike).  Other 工号 forms (人工客服第…号,
接单员, 客服组员, 登记号, 服务员号, 技术客服, 平台客服), offers of help, closings, hold
announcements and returns in other words, 服务禁语 in seven families, and hard negatives.

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

HO_DOMAINS_LIST = ["museum", "locksmith", "pest", "ipagency", "flowers", "bulkwaste", "piano", "translation"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说", "那么"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number in a form no earlier writer used, an offer of help.  Two are unusual but
# acceptable: one asks a caller who may be driving to stop first, one says the agent is new and
# will ask a colleague about anything uncertain.
HO_GREETINGS = [
    "您好，{hotline}，人工客服第{agent_zh}号为您接听，请问有什么可以帮您？",
    "{tod}，{hotline}，接单员{agent_zh}号，请问您这边需要安排点什么？",
    "您好，这里是{hotline}，本次由{agent_zh}号客服组员小{agent_surname}接待您，您有什么需要尽管开口。",
    "您好，{hotline}，客服登记号{agent_zh}，您是要预约、查询，还是有别的事情找我们？",
    "您好，{hotline}，服务员号{agent_zh}，您要是正在开车，先把车停稳了咱们再慢慢说，请问有什么需要？",
    "您好，{hotline}，技术客服{agent_zh}号，先跟您说一声，我是新来的，有拿不准的我会马上帮您问清楚，请问您遇到什么事了？",
    "{tod}，您打进来的是{hotline}，平台客服{agent_zh}号，很高兴听到您的声音，您请说。",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["说，哪件事。", "这边顾不过来，你先讲重点。", "谁打的？讲吧。", "接着呢，事情说一下。",
                    "有话赶紧的。", "还是你啊，又咋了。"]

# ---- closings
HO_CLOSING_ASK = ["关于这件事，您心里还有没有别的疑问？", "我还能帮您再看点别的吗？", "其他方面您还有想确认的地方吗？",
                  "今天您问的这些，还有哪儿没说到的吗？"]
HO_CLOSING_CUST = ["没了，都明白了。", "就这些。", "没其他的了，谢了。", "暂时没有。", "没了，麻烦你了。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; one without 再见
# (thanks plus wishes), which is acceptable.
HO_CLOSING_BYE = {
    None: ["好的，谢谢您的来电，咱们下回再聊，再见。",
           "这事就交给我们了，谢谢您打来，再见。",
           "谢谢您的时间，祝您今天一切顺当。",
           "感谢您这通电话，有问题随时打回来，再见。",
           "非常谢谢您，祝您家里一切都好，再见。"],
    "museum": ["感谢您预约参观，祝您观展愉快，再见。"],
    "locksmith": ["谢谢您来电，师傅很快就到，祝您一切顺利，再见。"],
    "pest": ["感谢您的信任，祝您家里清清爽爽，再见。"],
    "ipagency": ["感谢您的委托，祝您的申请顺利获批，再见。"],
    "flowers": ["谢谢您选择我们，愿收花的人天天开心，再见。"],
    "bulkwaste": ["感谢您支持垃圾分类，清运车会按时上门，再见。"],
    "piano": ["谢谢您的来电，祝您的琴声越来越动听，再见。"],
    "translation": ["感谢您的委托，译稿一定按时交付，再见。"],
}
HO_CLOSING_CUST_BYE = ["好嘞，谢谢，拜拜。", "行，辛苦了，再见。", "谢了，拜。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["好，就这么着。", "没别的我这边就撤了。", "你回去等通知吧。", "那先这么办。",
                   "我还有下一通，就这样。", "事情登记了，收线。"]
HO_BAD_CLOSING_CUST = ["就这样？", "噢，那好吧。", "行吧。", "那我自己再想想办法。"]

# ---- holds: announcements in other words (the line is kept for you, no sound is normal, hold the
# phone, music plays, wait on that end, don't put the phone down, keep the line open), thanks on
# return in other words, returns without thanks.
HO_HOLD_ANNOUNCE = ["这个要问问上门的师傅，我先把线路给您保留着，大约四十秒，您别放电话。",
                    "您给我一点时间，我去档案室把原始记录对一对，这中间电话里没声音是正常的。",
                    "我得跟审查组的同事碰个头，您先端着电话，一分钟内回来。",
                    "我这边要切到另一个系统查，过程中会放一段音乐，您听着别挂机就行。",
                    "麻烦您在电话那边稍候，我去问问调度车辆排到几点了。",
                    "这事我做不了主，得请示我们店长，您先别把电话放下，我问完就告诉您。",
                    "麻烦您保持线路畅通，我去核对译员的排期，三十来秒就好。"]
ANNOUNCE_RE = "线路给您保留|没声音是正常的|端着电话|放一段音乐|在电话那边稍候|别把电话放下|保持线路畅通"
HO_HOLD_THANKS = ["感谢您一直端着电话，师傅那边说下午就能到。", "让您久等，谢谢，原始记录对上了。",
                  "多谢您这么有耐心，审查组那边答复了。", "您辛苦了，等了这么久，店长同意了。",
                  "谢谢您没挂断，译员的排期我看好了。"]
HO_THANKS_WORDS = ["谢谢", "感谢", "多谢", "久等", "久候", "麻烦您", "辛苦", "抱歉", "不好意思", "劳驾", "有劳", "难为",
                   "让您等", "耽搁", "劳烦", "过意不去", "干等", "对不住", "耐心"]
HO_RESUME_NO_THANKS = ["师傅那边说下午就能到。", "原始记录对上了，没有问题。", "审查组答复了，材料齐全。",
                       "店长同意了，按半价收。", "译员的排期我看好了，周三能交。"]
HO_UNANNOUNCED_PRE = ["您的情况我记清楚了。", "行，剩下的交给我。", "好，这个问题我来核实。", None, None]
# words a return without thanks, or the line before an unannounced hold, must not have
NOT_ANNOUNCING = ["等", "稍", "挂", "候", "线上", "在线", "别收", "搁", "音乐", "提示音", "片刻", "马上", "一会儿",
                  "一下", "别走", "静音", "安勿躁", "回来", "断", "旋律", "握着", "安静", "结束通话", "离开", "听筒",
                  "保留", "没声音", "端着", "放下", "线路", "电话", "别放"]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic).  Two are hard
# negatives: a look-alike of a hold announcement (the agent says nobody need stay by the phone: no
# hold follows) and a look-alike of a closing (thanks in mid-call).
HO_ACK_AGENT = ["是啊，碰上这种事谁心里都不踏实，咱们一步步来。", "好啊，那就照这个方案定下来。",
                "这个页面我这边一点就开了，您不用在电话边守着干等。", "谢谢您说得这么细，这样我就好安排了。"]
HO_ACK_CUST = ["嗯，知道了。", "噢噢，好的。", "啊，这样啊。", "成，成。", "明白明白。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["嗯。", "嗯嗯。", "好。", "您讲。", "对的。", "我在。"]
HO_CUST_BC = ["嗯。", "嗯嗯。", "噢。", "好。", "行。", "是的。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "我的参观预约怎么被取消了？", "短信里写着要提前确认，您没回复，那只能算您自己的。", "只能算您自己的"),
    ("blame_customer", "花送到的时候都蔫了。", "花离了水本来就蔫，是您签收完没及时插瓶。", "签收完没及时插瓶"),
    ("blame_customer", "翻译稿里有好几处人名译错了。", "原稿上名字写得那么潦草，错了也是您给的稿子不清楚。", "您给的稿子不清楚"),
    ("refuse_responsibility", "师傅开锁把我家门锁弄坏了。", "开锁本来就有风险，锁坏了那是锁的质量，跟师傅不沾边。", "跟师傅不沾边"),
    ("refuse_responsibility", "灭完蟑螂一个星期又冒出来了。", "蟑螂是从邻居家爬过来的，这个我们可担不了。", "我们可担不了"),
    ("refuse_responsibility", "大件垃圾约好今天拉，车没来。", "车是环卫所派的，热线只管登记，车的事别问我。", "车的事别问我"),
    ("do_it_yourself", "商标注册的进度在哪里查？", "官网上输个申请号就出来了，这还用得着打电话。", "这还用得着打电话"),
    ("do_it_yourself", "钢琴保养要注意些什么？", "说明书上都印着，您拿出来自己逐条对吧。", "自己逐条对吧"),
    ("do_it_yourself", "怎么预约讲解员？", "公众号上有按钮，点进去一目了然，这点事还要人教。", "这点事还要人教"),
    ("take_or_leave", "调律能不能便宜点？", "调一次就这个价，觉得不值您可以不调。", "觉得不值您可以不调"),
    ("take_or_leave", "加急翻译能不能不收加急费？", "加急就得加钱，规矩摆在这儿，不同意就按普通件走。", "不同意就按普通件走"),
    ("take_or_leave", "能不能换个时间上门灭虫？", "师傅只有周二有空，您定不定，不定就往后排。", "不定就往后排"),
    ("impatience", "那个锁芯的型号你再说一遍？", "刚才说得清清楚楚，我没空一句句陪您抠。", "一句句陪您抠"),
    ("impatience", "我想先说说我家那架琴的来历。", "来历不重要，您就说哪个键不响，别绕弯子。", "别绕弯子"),
    ("impatience", "清运的流程你能再讲一遍吗？", "讲过一遍了还问，您拿笔记下来行不行。", "您拿笔记下来行不行"),
    ("sarcasm", "今天下午能送到吗，贺卡能不能手写？", "要不要我们再派个乐队去门口唱一首。", "再派个乐队去门口唱一首"),
    ("sarcasm", "专利能保证一定授权吗？", "保证授权，那审查员都可以放假了。", "审查员都可以放假了"),
    ("sarcasm", "开锁能不能不收上门费？", "不收上门费，师傅骑的是免费的风火轮吗。", "免费的风火轮"),
    ("talking_down", "厨余垃圾和其他垃圾怎么分？", "这都分不清，楼下垃圾桶上的字不认识吗。", "垃圾桶上的字不认识吗"),
    ("talking_down", "商标和专利有什么区别？", "这种入门问题也来问，您先去补补课再打来。", "先去补补课再打来"),
    ("talking_down", "钢琴为什么要定期调音？", "学琴的人都知道，您家孩子白学了吧。", "您家孩子白学了吧"),
]
HO_FORBIDDEN_REACT = ["你什么态度，我要投诉你。", "你这话是对客户说的吗？", "叫你们主管来接电话。",
                      "我录着音呢，你刚才那句话再说一遍。"]
# Agent hard negatives: taboo-ish words in acceptable service language; four answer the yes-no
# question with 嗯对 / 嗯嗯 (look-alikes are reached far more surely than small talk).
HO_LOOKALIKES = [
    ("blame_customer", "是不是我签收后没及时插瓶，花才蔫的？", "不是您的原因，是路上车厢太闷了，我们给您重送一束。"),
    ("blame_customer", "人名译错是不是因为我稿子写得太草？", "不怪您，是译员没跟您核对，我们免费改好。"),
    ("refuse_responsibility", "锁坏了你们负责吗？", "嗯对，师傅操作弄坏的，由我们负责换新锁。"),
    ("refuse_responsibility", "车没来，我是不是得自己去找环卫所？", "不用您去找，我这边直接联系环卫所，今天给您补派。"),
    ("do_it_yourself", "进度是不是在官网上能查？", "嗯嗯，官网上就能看，您不方便的话我现在念给您听。"),
    ("do_it_yourself", "讲解员我自己在公众号上约可以吗？", "嗯对，公众号上就能约，我也可以现在帮您约好。"),
    ("take_or_leave", "调律的价格是固定的吗？", "嗯对，全市统一价，老客户第二次调律打八折。"),
    ("impatience", "我是不是问得太多了？", "不多不多，问清楚了您才放心。"),
    ("impatience", "我年纪大了记性差，你能讲慢点吗？", "没问题，我一句一句慢慢说，您随时打断我。"),
    ("sarcasm", "今天送到还要手写贺卡，是不是太过分了？", "不过分，下午的车还有空位，贺卡请花艺师来写。"),
    ("talking_down", "我连垃圾怎么分都不清楚，是不是挺丢人的？", "一点都不丢人，分类标准去年才改过，好多人都在问。"),
    ("talking_down", "商标和专利都分不清，问你会不会太外行？", "不会，很多创业的老板头一回都分不清，我给您简单讲讲。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("你们这帮开锁的就会宰人。", "收费标准我一项项给您列清楚，有不合理的我们退。"),
    ("你是机器人吧，听不懂人话？", "我是人工客服，刚才没说清楚是我的问题，我重新给您讲。"),
    ("我白白耗了一上午，你们就是在糊弄人。", "让您白白耗了一上午，确实是我们没做好，我现在就催。"),
    ("你别跟我打官腔。", "好，直说吧，明天上午十点前一定给您送到。"),
    ("这破服务我要打市长热线投诉你们。", "您有这个权利，同时我也先把您的问题处理好。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我早上出门把钥匙锁在屋里了，孩子还一个人在里面睡觉，才两岁，我在门口敲门他也不应，物业说没有备用钥匙，我都快急哭了。",
    "昨天订的那束花是给我妈过生日的，结果送到的是白菊花，我妈一看脸都变了，整顿生日饭都没吃好，你们这个到底是怎么配的单。",
    "你们上周来灭的蟑螂，这两天厨房里反而更多了，晚上一开灯满地乱跑，我家还有老人，吃饭都不敢在厨房吃了。",
    "我交给你们的那份合同译稿明天就要递给外方，刚才一看好几处金额都翻错了，小数点都错了位，这要是递出去损失就大了。",
]
HO_INTERRUPT_AGENT = [
    "您先别急，师傅十分钟就到。",
    "是我们配错了，今天就给您重送。",
    "这次免费复查，明天就派人。",
    "金额我们今晚全部重核一遍。",
]
HO_EARLY_AGENT = [
    "商标注册的流程是这样的，先做近似查询，确认没有冲突再提交申请，形式审查大概一个月，实质审查九个月左右，公告三个月没有异议就能拿证。",
    "钢琴调律一般半年一次，新琴第一年最好调三次，调律师上门大概一个半小时，调完还会帮您检查击弦机和踏板。",
    "大件垃圾每周二和周五清运，沙发床垫这类按件收费，您先把东西搬到楼下指定地点，清运车上午九点到十一点之间到。",
]
# customers cut in with these: long enough to keep >= 1.5 s of talking over the agent
HO_EARLY_CUST = ["哎你先停一停，我要问的根本不是这个事。", "不对不对，你搞错了，我问的是另外一件事情。",
                 "先别往下讲了，你听我把情况说明白。"]
HO_AFTER_INTERRUPT_CUST = ["你让我说完行吗？", "好吧，你讲。", "我话还没说完呢。"]
HO_AFTER_EARLY_AGENT = ["抱歉，是我没听清您要问什么，您请说。", "是我说得太急了，您先讲您的情况。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics)
HO_GENERIC_QA = [
    ("节假日你们上班吗？", "嗯对，节假日照常有人。"),
    ("能刷信用卡吗？", "嗯嗯，刷卡、扫码、现金都收。"),
    ("要不要提前准备什么？", "把身份证带在身边就行。"),
    ("大概几天能办好？", "三到五个工作日。"),
    ("要额外加钱吗？", "不用加钱，都含在里面了。"),
    ("有没有书面的单子？", "有，完事后给您一份确认单。"),
    ("晚上几点以后就没人接了？", "人工接到晚上八点。"),
    ("能不能快一点？", "好啊，我给您备注优先处理。"),
    ("外地的也能办吗？", "是啊，外地的也能办，流程都一样。"),
    ("办完会通知我吗？", "会的，办完第一时间给您发短信。"),
    ("能开发票吗？", "可以开，纸质的电子的都行。"),
    ("在网上能看到吗？", "小程序里随时能看。"),
    ("最近有优惠吗？", "老客户这个月打八八折。"),
    ("换个人接还能接着办吗？", "能，系统里有记录，谁接都能接着办。"),
]
# Customers' long turns: the caller explains before asking.
HO_CUST_DETAIL = ["我先说下背景，上周已经打过两回了，每次都说会回电。",
                  "我是替我女儿问的，她在外地上班走不开。",
                  "我这边在工地上，有点吵，您说话大声些。",
                  "之前在网上看了半天也没弄明白。",
                  "这事下午就得定下来，挺着急的。"]
HO_CUST_SEARCH = ["您等会儿，我翻翻手机里的短信。", "等会儿，我去把单子拿过来。"]
HO_CUST_FILLER_OPEN = ["嗯，", "呃，", "啊，", "呃，这个，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["麻烦把手机号码再念一遍？"],
    "name": ["麻烦把您的姓名再念一遍？"],
    "id": ["麻烦把证件号后六位再念一遍？"],
    "account": ["麻烦把{acct_label}再念一遍？"],
    "address": ["麻烦把地址再念一遍？"],
}
HO_SLOT_ANSWER = {
    "phone": "手机号是{phone_zh}。", "name": "{name}。", "id": "后六位{id6_zh}。",
    "account": "{acct_label}是{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["前面说过了，", "", "好，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["我复述一遍，手机{phone_zh}，对不对？"],
    "name": ["我复述一遍，您是{name}，对不对？"],
    "id": ["我复述一遍，证件尾号{id6_zh}，对不对？"],
    "account": ["我复述一遍，{acct_label}{acct_zh}，对不对？"],
    "address": ["我复述一遍，地址是{address}，对不对？"],
}
HO_READBACK_CUST = ["对，没错。", "嗯，是这个。", "没问题。", "对对对。"]
HO_NEW_ASK = {
    "phone": ("到时候能提前打个电话给我吗？", "嗯嗯，可以提前打，您留个手机号码给我？", "{phone_zh}。", "好，联系号码记上了。"),
    "name": ("要写收件人名字吗？", "要写的，收件人全名怎么称呼？", "{name}。", "好，写上了。"),
    "address": ("能上门来吗？", "嗯对，能上门，您给个详细地址？", "{address}。", "好，上门的地方记下了。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]),
                    ("account", ["卡号", "账号", "编号", "档案号", "流水号", "单号"]),
                    ("name", ["姓名", "名字", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["再念", "再报", "再讲", "再说", "报一下", "说一下", "是多少", "告知", "提供", "留个", "给个"]


# the slot an agent line asks for, or None (read-backs 「我复述一遍…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("复述一遍",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so several
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).  Some
# results are look-alikes: nobody need stay home by the phone (no hold follows), thanks in mid-call
# (not a closing).
HO_DOMAINS = {
    "museum": {
        "companies": [("澄怀博物馆参观预约中心", "澄怀博物馆参观预约中心")],
        "acct_label": "参观预约单号",
        "verify": [("请问您的参观预约单号是多少？", "{acct_zh}。", ["account"]),
                   ("预约人的姓名和证件号后六位是？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["我预约的周六参观怎么显示失效了？", "周末的参观预约突然没了。"],
             "result": ["查到了，那天因为布展临时闭馆，预约自动取消了，我给您改到{due}上午同一个时段，入馆码已经重新发到您手机上。"],
             "qa": [("改了以后还是免费的吗？", "嗯对，参观一直免费，实名预约就行。")]},
            {"open": ["想带一个班的学生来参观，能安排讲解吗？"],
             "result": ["团体讲解要提前七天预约，每场最多四十人，讲解员姓{doctor}，带学生很有经验，谢谢您带孩子们来。"],
             "qa": [("学生要带什么证件吗？", "学生带学生证，老师带身份证。")]},
        ],
    },
    "locksmith": {
        "companies": [("金钥匠开锁换锁服务热线", "金钥匠开锁换锁服务热线")],
        "acct_label": "开锁工单号",
        "verify": [("开锁要登记，您身份证后六位是多少？", "{id6_zh}。", ["id"]),
                   ("您的姓名和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["钥匙锁屋里了，进不去门。", "我把自己锁在门外了。"],
             "result": ["师傅已经派出去了，二十分钟左右到，开锁前要核对您的身份证和住址证明，上门费五十元，开不了不收钱。"],
             "qa": [("师傅能开保险柜吗？", "嗯嗯，保险柜也能开，不过要带上购买凭证。")]},
            {"open": ["想换个防盗等级高一些的锁芯。"],
             "result": ["高等级的锁芯有三个价位，师傅带样品上门给您挑，装好当场试开，{due}之前哪天都能约。"],
             "qa": [("旧锁芯你们回收吗？", "旧锁芯师傅会带走，不另收钱。")]},
        ],
    },
    "pest": {
        "companies": [("净宅虫害防治服务中心", "净宅虫害防治服务中心")],
        "acct_label": "防治服务单号",
        "verify": [("您的防治服务单号报一下？", "{acct_zh}。", ["account"]),
                   ("上门服务的地址是？", "{address}。", ["address"])],
        "issues": [
            {"open": ["上次灭完蟑螂，这两天又看到了。", "蟑螂灭了没多久又出来了。"],
             "result": ["我们的服务有三个月质保，这种情况免费复查，师傅{due}上门补一次胶饵，施工前把碗筷收进柜子里就行。"],
             "qa": [("复查是免费的吗？", "嗯对，质保期内一分钱不收。")]},
            {"open": ["家里好像有白蚁，想请人来看看。"],
             "result": ["白蚁要先勘察，勘察师傅姓{doctor}，上门看完给方案和报价，勘察不收费，约好时间就行，您不用一整天在家守着。"],
             "qa": [("药对小孩有影响吗？", "用的是低毒药剂，施工后通风两小时就没事。")]},
        ],
    },
    "ipagency": {
        "companies": [("知衡知识产权代理服务热线", "知衡知识产权代理服务热线")],
        "acct_label": "代理案件编号",
        "verify": [("请提供您的代理案件编号。", "{acct_zh}。", ["account"]),
                   ("申请人姓名和联系手机是？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["我的商标申请到现在还没消息。", "商标交上去好几个月了，不知道到哪一步了。"],
             "result": ["查到了，您的商标已经通过形式审查，现在在实质审查阶段，预计{due}前后出结果，有进展我们第一时间通知您。"],
             "qa": [("审查期间能用这个商标吗？", "嗯嗯，可以先用，只是还不能标成已注册。")]},
            {"open": ["我有个小发明，想申请实用新型专利。"],
             "result": ["实用新型审查周期大约半年，您先把图纸和说明发给我们，代理人{doctor}律师三个工作日内和您沟通技术细节。"],
             "qa": [("官费能减免吗？", "个人申请可以办费用减缴，最多减百分之八十五。")]},
        ],
    },
    "flowers": {
        "companies": [("花语鲜花速递客服中心", "花语鲜花速递客服中心")],
        "acct_label": "鲜花订单号",
        "verify": [("麻烦报一下鲜花订单号？", "{acct_zh}。", ["account"]),
                   ("收花人的名字和电话是？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["送到的花跟图片上差太多了。", "花送来一看跟网上的图完全不一样。"],
             "result": ["看到您发的照片了，确实是我们配错了花材，今天下午免费重送一束，原来那束您留着就好，另外给您一张五十元的代金券。"],
             "qa": [("能改送到我公司去吗？", "嗯对，改送公司也行，不加运费。")]},
            {"open": ["下周三想给客户送个开业花篮。"],
             "result": ["开业花篮有三种规格，{due}当天上午送达，卡片上的祝福语您想好了发过来，我们的花艺师手写。"],
             "qa": [("可以开公司抬头的发票吗？", "可以，下单时备注抬头和税号就行。")]},
        ],
    },
    "bulkwaste": {
        "companies": [("清源市大件垃圾清运预约热线", "清源市大件垃圾清运预约热线")],
        "acct_label": "清运预约编号",
        "verify": [("请问清运预约编号是多少？", "{acct_zh}。", ["account"]),
                   ("清运地址在哪个小区？", "{address}。", ["address"])],
        "issues": [
            {"open": ["约好今天来拉旧沙发，到现在车还没来。", "说好今天拉沙发的，车一直没见着。"],
             "result": ["查到了，清运车上午在前一个小区耽误了，下午三点前一定到，司机姓{doctor}，到楼下会先给您打电话。"],
             "qa": [("沙发要我自己搬下楼吗？", "嗯嗯，得先搬到楼下指定点，搬不动可以加钱请师傅上楼。")]},
            {"open": ["旧冰箱也能一起拉走吗？"],
             "result": ["冰箱属于废旧家电，要走回收渠道，我帮您转给回收企业，他们上门还会按重量给一点补贴，谢谢您这么配合分类。"],
             "qa": [("补贴能给多少？", "一般二三十元，看品牌和大小。")]},
        ],
    },
    "piano": {
        "companies": [("雅韵钢琴调律服务中心", "雅韵钢琴调律服务中心")],
        "acct_label": "调律档案号",
        "verify": [("您的调律档案号是多少？", "{acct_zh}。", ["account"]),
                   ("琴放在哪个地址？", "{address}。", ["address"])],
        "issues": [
            {"open": ["家里钢琴有几个键按下去不回弹。", "钢琴有个键按下去就起不来了。"],
             "result": ["多半是受潮了，这个季节很常见，调律师{doctor}老师{due}上门，先检修击弦机，顺便调个音，费用按一次调律算。"],
             "qa": [("要把钢琴搬走修吗？", "不用搬，师傅在您家里就能修。")]},
            {"open": ["孩子要考级了，想约个调律。"],
             "result": ["考级前建议提前一周调，您那架琴去年十月调过，间隔刚好，我给您排在{due}，谢谢您一直信任我们。"],
             "qa": [("调律时孩子能在旁边看吗？", "嗯对，可以看，调律师还会顺便讲讲怎么保养。")]},
        ],
    },
    "translation": {
        "companies": [("译通翻译服务中心", "译通翻译服务中心")],
        "acct_label": "翻译稿件编号",
        "verify": [("请您提供翻译稿件编号。", "{acct_zh}。", ["account"]),
                   ("委托人的姓名和联系电话？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["合同译稿里的金额好像有错。", "翻译回来的合同，数字对不上。"],
             "result": ["我对照原文查了，第三页有两处金额译错了，是我们的失误，今晚八点前把更正稿发到您邮箱，译员和审校都会重新核一遍。"],
             "qa": [("更正要另外收费吗？", "不收费，属于我们的质量问题。")]},
            {"open": ["想加急翻译一份毕业证和成绩单。"],
             "result": ["毕业证和成绩单属于证件类，加急的话{due}之前能交，盖翻译专用章，国外学校认可。"],
             "qa": [("能直接寄到学校吗？", "嗯嗯，可以代寄，国际快递费另算。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["钱", "郑", "马", "孔", "谢", "邢", "桂", "池", "蓝", "颜", "谷", "华", "季", "管", "米", "戈"]
DOCTORS = SURNAMES           # the guide, the surveyor, the IP agent, the driver, the tuner are named by surname
NAMES = ["钱文博", "郑淑芬", "马建军", "孔令仪", "谢雨桐", "邢国庆", "桂芳华", "池明轩", "蓝心怡", "颜志刚",
         "谷秀英", "华子健"]
AREAS = ["枫林雅苑", "翠湖新城", "金桂花园", "望江里", "梧桐小镇", "栖霞公寓"]
CITIES = ["绵阳", "常德", "九江", "开封", "柳州", "汕头", "湛江", "衢州"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["顺便问下，我上回登记的那件事现在怎么样了？", "对了，之前报过的那个问题处理了没有？"]
HOLD2_AGENT = "您之前登记的那件事已经办完了，结果短信昨天发给您了。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
