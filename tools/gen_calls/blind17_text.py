# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind17`` (dev only): the seventeenth blind evaluation set for issue 11.

Written by a seventeenth writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette),
without reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py,
blind10_text.py, blind11_text.py, blind12_text.py, blind13_text.py, blind14_text.py,
blind15_text.py or blind16_text.py.  Eight business lines none of them had, in other registers: a
photocopier leasing firm (crisp office-supply B2B), a community canteen for the elderly (warm
neighbourhood), an orchard's direct fruit delivery (rustic, proud of the produce), a car-wash
membership line (young, chummy), a campsite (outdoorsy, laid-back), a water-purifier filter
service (technical, reassuring), a paid self-study room (soft-spoken, student-friendly) and a
karaoke (KTV) booking desk (lively, nightlife).  Callers are mostly young and brisk; agents mix
polite and colloquial registers.  Other 工号 forms (客服代号, 接听员, 前台 number, 当班客服第N号,
工位号, a number with 在线, a number after an apology for the queue), offers of help, closings,
hold announcements and returns in other words, 服务禁语 in seven families, and hard negatives.

Two openings are unusual but acceptable: one apologises for the queue the caller sat in before
being answered (a 让您久等 with no hold), one tells a caller who may be driving to park first.

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

HO_DOMAINS_LIST = ["copier", "canteen", "orchard", "carwash", "campsite", "purifier", "studyroom", "ktv"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说", "那么"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number in a form no earlier writer used, an offer of help, polite and colloquial
# words mixed.  Two are unusual but acceptable: one apologises for the queue before the answer,
# one tells a caller who may be driving to park first.
HO_GREETINGS = [
    "您好，{hotline}，客服代号{agent_zh}，我是小{agent_surname}，有啥需要您尽管说。",
    "{tod}，{hotline}，{agent_zh}号接听员为您服务，今天有什么能帮到您？",
    "您好，这里是{hotline}前台，我的号是{agent_zh}，您是要订位子还是有别的事儿？",
    "您好，{hotline}，当班客服第{agent_zh}号，请问您想了解点什么？",
    "{tod}，欢迎致电{hotline}，工位{agent_zh}号小{agent_surname}，您有事直说，我帮您办。",
    "您好，{hotline}，{agent_zh}号为您接听，刚才排队的人多，让您久等了，您请说。",
    "您好，{hotline}，{agent_zh}号客服在线，您要是正开着车，先靠边停稳了再慢慢讲，请问需要帮您办点什么？",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["喂，说吧，啥事？", "你哪儿的？", "讲。", "哎，干嘛？", "有话直说，我这儿正忙。", "哪位？打错了吧？"]

# ---- closings
HO_CLOSING_ASK = ["还有哪儿需要我搭把手的吗？", "您这边还有别的想了解的吗？", "其他方面还有要我跟进的吗？",
                  "今天还有啥要我一并处理的不？"]
HO_CLOSING_CUST = ["没了，挺好。", "就这些。", "没有了，谢啦。", "够了够了。", "没事了，你去忙。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; one without 再见
# (thanks plus wishes), which is acceptable.
HO_CLOSING_BYE = {
    None: ["谢谢您打过来，有空常联系，再见。",
           "感谢支持，祝您今天顺顺利利。",
           "好嘞，那就这样，谢谢您了，再见。",
           "感谢您抽空打来，祝您万事顺遂，再见。",
           "谢谢您的反馈，我们一定改进，祝您天天好心情，再见。"],
    "copier": ["感谢您选择我们的租赁服务，祝您公司生意兴隆，再见。"],
    "canteen": ["谢谢您来电，祝您和家里老人吃得香睡得好，再见。"],
    "orchard": ["谢谢您惦记我们的果子，祝您吃得开心，再见。"],
    "carwash": ["感谢您的支持，祝您爱车常新，再见。"],
    "campsite": ["谢谢您来电，祝您这趟露营玩得痛快，再见。"],
    "purifier": ["感谢您的来电，祝您全家喝上放心水，再见。"],
    "studyroom": ["谢谢您，祝您备考顺利、逢考必过，再见。"],
    "ktv": ["感谢您的来电，祝您今晚唱得尽兴，再见。"],
}
HO_CLOSING_CUST_BYE = ["好嘞，拜拜。", "谢了，再见。", "嗯嗯，再见。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["就这么着吧。", "行了，你等通知。", "挂了啊。", "完事了。", "没别的就撂了。", "你记着去办。"]
HO_BAD_CLOSING_CUST = ["就这样？", "嗯，行吧。", "好吧。", "啥？这就挂了？"]

# ---- holds: announcements in other words (don't put the phone down while a little tune plays,
# stay on the line a bit longer, the call is kept open, don't walk off, listen to some music,
# wait for me on the phone, I won't drop the line), thanks on return in other words, returns
# without thanks; all of them fit any centre (heldout draws them apart from the call's domain).
HO_HOLD_ANNOUNCE = ["我得去跟同事核实一下，您先别撂电话，听筒里会放点小曲儿，两分钟内回来。",
                    "麻烦您在线上多待一会儿，我调一下后台的记录，大概一分多钟。",
                    "这事我得跟负责的部门确认，电话先给您保持着，您那边可能会听到提示音。",
                    "我去跟主管核一下情况，占用您一两分钟，您拿着电话别走开。",
                    "您先听会儿音乐，我翻一翻之前的记录，马上接回来。",
                    "我这就去问问值班经理，您在电话里等我一下，一两分钟。",
                    "我进系统仔细查一查，线路我不挂，您那边稍微等一小会儿。"]
ANNOUNCE_RE = "别撂电话|在线上多待|电话先给您保持着|别走开|先听会儿音乐|在电话里等我|线路我不挂"
HO_HOLD_THANKS = ["感谢您耐着性子等我，记录调出来了，情况跟您说的一样。", "谢谢您等着我，负责的同事回话了，这事能办。",
                  "耽误您这一两分钟了，主管那边已经同意了。", "辛苦您陪我等了这么一阵，后台查清楚了。",
                  "不好意思占用您这么久，系统里都核对过了。"]
HO_THANKS_WORDS = ["谢谢", "感谢", "多谢", "久等", "久候", "麻烦您", "辛苦", "抱歉", "不好意思", "劳驾", "有劳", "难为",
                   "让您等", "耽搁", "劳烦", "过意不去", "干等", "空等", "对不住", "耐心", "多亏", "劳您", "耽误", "占用",
                   "耐着性子", "谢了", "谢啦"]
HO_RESUME_NO_THANKS = ["记录调出来了，情况跟您说的一样。", "负责的同事回话了，这事能办。", "主管那边已经同意了。",
                       "后台查清楚了，问题出在我们这边。", "系统里都核对过了，没有问题。"]
HO_UNANNOUNCED_PRE = ["这个我来查。", "好的，我看看系统。", "行，交给我。", None, None]
# words a return without thanks, or the line before an unannounced hold, must not have
NOT_ANNOUNCING = ["等", "稍", "挂", "候", "线上", "在线", "别收", "搁", "音乐", "提示音", "片刻", "马上", "一会儿",
                  "一下", "别走", "静音", "安勿躁", "回来", "断", "旋律", "握着", "安静", "结束通话", "离开", "听筒",
                  "保留", "没声音", "端着", "放下", "线路", "电话", "别放", "拿着", "小曲", "撂", "多待", "保持",
                  "走开", "接回", "不挂", "通话", "一阵"]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic).  Two are hard
# negatives: a look-alike of a hold announcement (the agent says there is nothing to wait for: no
# hold follows) and a look-alike of a closing (thanks in mid-call).
HO_ACK_AGENT = ["是啊，周末人多，早点订心里有底。", "好啊，您说的这个办法我看行。",
                "这个用不着您等，系统里当场就能改好。", "谢谢您提的这个建议，我记下来了，咱们接着说您的单子。"]
HO_ACK_CUST = ["哦，明白。", "行行行。", "啊，这样啊。", "好的好的。", "妥了。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["嗯。", "嗯嗯。", "对。", "明白。", "好的。", "您说。"]
HO_CUST_BC = ["嗯。", "嗯嗯。", "行。", "好。", "是的。", "哦哦。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "洗完车漆面上多了好几道划痕。", "划痕是您平时开车蹭的，别往洗车工身上赖。", "别往洗车工身上赖"),
    ("blame_customer", "净水器漏水把地板泡了。", "您自己换滤芯没拧紧，漏水能怪机器吗。", "漏水能怪机器吗"),
    ("blame_customer", "租的复印机老是卡纸。", "卡纸都是纸受潮了，说白了是用的人不会放纸。", "用的人不会放纸"),
    ("refuse_responsibility", "收到的桃子烂了一半。", "出了果园就是快递的事，烂果子您跟快递要说法。", "烂果子您跟快递要说法"),
    ("refuse_responsibility", "包厢里音响坏了，唱不了。", "设备是厂家装的，我们只管开房，音响的事别算在前台账上。", "别算在前台账上"),
    ("refuse_responsibility", "饭菜里吃出一根头发。", "菜是配送公司送来的，食堂只管打饭，有意见您找配送公司。", "食堂只管打饭"),
    ("do_it_yourself", "怎么在小程序上选座？", "首页就有选座按钮，您点点看，用不着我一步步领。", "用不着我一步步领"),
    ("do_it_yourself", "营地里哪儿能接电？", "营地地图贴在大门口，电桩位置自己去对照。", "电桩位置自己去对照"),
    ("do_it_yourself", "滤芯多久换一次？", "机身上贴着更换周期表，您凑近瞧瞧就明白。", "您凑近瞧瞧就明白"),
    ("take_or_leave", "营位能便宜点吗？", "节假日就这个价，嫌高您去河滩上自己搭。", "嫌高您去河滩上自己搭"),
    ("take_or_leave", "租金能不能按季度付？", "合同条款是死的，签就签，不签我们也不缺这一台的生意。", "不缺这一台的生意"),
    ("take_or_leave", "洗车卡能退吗？", "充进去的钱一分不退，当初是您自己愿意办的。", "当初是您自己愿意办的"),
    ("impatience", "我想问问这几个橙子品种口感有啥不同。", "介绍页上都写着，您挑一个快点下单，后面还有人排着。", "您挑一个快点下单"),
    ("impatience", "我再确认一下，包厢是几点到几点？", "刚说过八点到十一点，别让我再重复第三回。", "别让我再重复第三回"),
    ("impatience", "我想跟你说说我家老头子牙口不好的事。", "家里情况不用细说，您就说订不订餐。", "您就说订不订餐"),
    ("sarcasm", "能不能给我留一个固定的靠窗座？", "靠窗的都给您留着，要不把整间都包给您当书房。", "把整间都包给您当书房"),
    ("sarcasm", "能保证每个橙子都一样甜吗？", "个个一样甜，那得请您亲自去果树上一个一个尝。", "亲自去果树上一个一个尝"),
    ("sarcasm", "洗车能不能十分钟就好，还要打蜡？", "十分钟洗车打蜡，您当我们的人会分身术。", "会分身术"),
    ("talking_down", "彩色和黑白的租金怎么算？", "这都分不清，您还是让公司懂设备的来对接。", "让公司懂设备的来对接"),
    ("talking_down", "点歌屏上怎么切歌？", "屏幕上那么大个箭头看不见吗，这年头谁还不会切歌。", "谁还不会切歌"),
    ("talking_down", "帐篷怎么搭？", "帐篷都不会搭还来露营，先在家里客厅练练吧。", "先在家里客厅练练吧"),
]
HO_FORBIDDEN_REACT = ["你这什么态度？", "我花钱是来受气的吗？", "把你的工号报给我，我要投诉。", "说话客气点行不行？"]
# Agent hard negatives: taboo-ish words in acceptable service language; six answer the yes-no
# question with 嗯对 / 嗯嗯 (look-alikes are reached far more surely than small talk).
HO_LOOKALIKES = [
    ("blame_customer", "划痕是不是我自己开车蹭的？", "嗯嗯，也有这个可能，我们先调洗车时的监控看，是我们弄的就负责补漆。"),
    ("blame_customer", "是不是我换滤芯的时候没装好才漏的？", "不一定是您的原因，师傅明天上门看看接口，漏水的损失我们先登记。"),
    ("refuse_responsibility", "桃子烂了是找快递还是找你们？", "嗯对，直接找我们就行，拍照发过来，坏多少补多少。"),
    ("refuse_responsibility", "音响坏了归前台管吗？", "嗯对，前台这就派技术员过去，今晚的房费给您打八折。"),
    ("do_it_yourself", "选座是不是在小程序上自己点就行？", "嗯嗯，点首页的选座就行，您要是不方便，我这边直接帮您选。"),
    ("do_it_yourself", "滤芯更换周期机身上是不是贴着？", "嗯对，机身侧面贴着，您家的下次更换日期我也发短信给您。"),
    ("take_or_leave", "营位价格还能商量吗？", "平日可以打九折，节假日价格统一，我帮您看看平日的空位。"),
    ("impatience", "我是不是问得太多了？", "不多不多，您问清楚了再订，我们心里也踏实。"),
    ("impatience", "我说话快，你听得清吗？", "听得清，您接着说，我边听边记。"),
    ("sarcasm", "十分钟洗完是不是要求太高了？", "不算高，快洗套餐就是十五分钟左右，打蜡另外约时间。"),
    ("talking_down", "彩色黑白都分不清，是不是很外行？", "一点也不外行，第一次租机的客户都这么问，我给您细讲。"),
    ("talking_down", "帐篷我从来没搭过，能行吗？", "嗯嗯，能行，营地有工作人员帮新手搭，您人到就行。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("你们这就是坑钱的。", "让您有这种感受是我们没做好，这次的费用我先给您退回去。"),
    ("你们家的东西就没一样靠谱的吧？", "您的担心我明白，每样我们都有检测和记录，我发一份给您看。"),
    ("你们这服务简直没法要。", "服务不到位是我们要改的，明天我请负责人专门给您回个话。"),
    ("天天出毛病，你们就是糊弄人。", "耽误您事了，今天下午一定派人到，修不好直接换新的。"),
    ("说好的价又加钱，你们就是骗子。", "多收的钱我核实后原路退给您，是我们没把价格讲清楚。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我周末带着两个孩子去你们营地，订的是靠湖的营位，结果到了被安排在停车场边上，晚上车来车往根本睡不着，孩子还被蚊子咬了一身包。",
    "我在你们自习室包了一个月的座位，这两天隔壁老有人打电话，我跟管理员说了三回，一点用都没有，我下个月就要考研了。",
    "我订的那箱橙子说好是树上现摘的，收到一打开好几个都发霉了，我本来是打算拿去送给客户的，这下脸都丢光了。",
    "我办的洗车年卡说好不限次数，结果上个月开始说每个月只能洗四次，办卡的时候可没有人跟我讲过这个。",
]
# long enough (11 字) that even a brisk agent talks over the caller for >= 1.5 s
HO_INTERRUPT_AGENT = [
    "这事我现在就给您解决好。",
    "我先把您这个情况登记上。",
    "损失这块我们这边来承担。",
    "我这就去找负责人来处理。",
]
HO_EARLY_AGENT = [
    "复印机租赁分三种套餐，基础款每月两百八含两千张黑白印量，超出按每张五分算，彩色机每月六百含一千张彩印，租期一年起，送货安装和上门保养都不另收费。",
    "净水器一共四级滤芯，前置棉三个月换一次，活性炭半年一次，反渗透膜两年一次，后置炭一年一次，年费会员每年上门两次免费换芯。",
    "社区长者食堂中午十一点到一点开饭，晚上五点到六点半，六十岁以上凭助餐卡每餐补贴三块，八十岁以上行动不便的可以申请送餐上门。",
]
# customers cut in with these: long enough to keep >= 1.5 s of talking over the agent
HO_EARLY_CUST = ["哎哎，等一下，我就想问一个事儿。", "打住打住，这些我在网上都看过了。", "不好意思插一句，你先听听我要什么。"]
HO_AFTER_INTERRUPT_CUST = ["你让我说完行不行。", "嗯，你说。", "我还没说到重点呢。"]
HO_AFTER_EARLY_AGENT = ["好嘞，您先讲，我记着。", "不好意思，我说多了，您请说。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics)
HO_GENERIC_QA = [
    ("周末你们营业吗？", "嗯嗯，周末照常营业。"),
    ("能刷信用卡吗？", "嗯对，信用卡也能刷。"),
    ("可以开专票吗？", "专票普票都能开。"),
    ("多久能处理好？", "一般两个工作日内给您结果。"),
    ("这个要收服务费吗？", "这项不收服务费。"),
    ("能帮我朋友一起办吗？", "好啊，您把他的情况一起发过来。"),
    ("晚上几点关门？", "晚上十点以后就不接待了。"),
    ("有没有学生优惠？", "凭学生证打八五折。"),
    ("外地的也能寄吗？", "是啊，全国包邮，偏远地区除外。"),
    ("下单了能改时间吗？", "提前一天说一声就能改。"),
    ("有电子版的凭证吗？", "付完款系统自动发电子凭证。"),
    ("会有短信提醒吗？", "会的，提前一天短信提醒您。"),
    ("可以先体验再办吗？", "可以先体验一次，满意了再办。"),
    ("能不能换个人对接？", "能换，我给您安排另一位同事。"),
]
# Customers' long turns: young, brisk callers who set the scene in a line.
HO_CUST_DETAIL = ["我刚下班，长话短说啊。",
                  "我在地铁上，信号不太好，你说快点。",
                  "这个我在网上看了半天没找着。",
                  "我是替我们公司行政打的，她今天请假。",
                  "我上周在小程序上留过言，一直没人回。"]
HO_CUST_SEARCH = ["你等会儿，我翻一下订单截图。", "我切出去看一眼短信。"]
HO_CUST_FILLER_OPEN = ["嗯，", "呃，", "啊，", "呃，那个，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["手机号码能再说一遍吗？"],
    "name": ["您的名字能再说一遍吗？"],
    "id": ["证件号后六位能再说一遍吗？"],
    "account": ["{acct_label}能再说一遍吗？"],
    "address": ["地址能再说一遍吗？"],
}
HO_SLOT_ANSWER = {
    "phone": "手机是{phone_zh}。", "name": "{name}。", "id": "{id6_zh}。",
    "account": "{acct_zh}。", "address": "在{address}。",
}
HO_REANSWER_PREFIX = ["我刚说了，", "", "好，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["我确认一下，手机{phone_zh}，对吧？"],
    "name": ["我确认一下，您是{name}，对吧？"],
    "id": ["我确认一下，证件尾号{id6_zh}，对吧？"],
    "account": ["我确认一下，{acct_label}{acct_zh}，对吧？"],
    "address": ["我确认一下，地址是{address}，对吧？"],
}
HO_READBACK_CUST = ["对。", "对的，没错。", "嗯，是的。", "没问题。"]
HO_NEW_ASK = {
    "phone": ("到了能给我打个电话吗？", "嗯嗯，可以，麻烦留个手机号码？", "{phone_zh}。", "好，号码记好了。"),
    "name": ("要登记名字吗？", "要的，您的全名是？", "{name}。", "好，登记上了。"),
    "address": ("能送到家吗？", "嗯对，能送，给个详细地址？", "{address}。", "好，送的地方记下了。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]),
                    ("account", ["卡号", "账号", "编号", "单号"]),
                    ("name", ["姓名", "名字", "全名", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["重复一遍", "再念", "再报", "再说", "报一下", "说一下", "是多少", "告知", "提供", "留个", "给个"]


# the slot an agent line asks for, or None (read-backs 「我确认一下…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("确认一下",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so most
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).
HO_DOMAINS = {
    "copier": {
        "companies": [("印捷办公设备租赁服务中心", "印捷办公设备租赁服务中心")],
        "acct_label": "租机合同编号",
        "verify": [("麻烦报一下租机合同编号？", "{acct_zh}。", ["account"]),
                   ("对接人的姓名和手机号码是？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["租的复印机这两天一直报卡纸。", "复印机老卡纸，活儿都干不了。"],
             "result": ["看了报修记录，您这台机器的搓纸轮到了更换周期，工程师{doctor}工明天上午上门换，配件和上门都在租金里，不另收钱。"],
             "qa": [("明天上午几点能到？", "嗯嗯，九点到十一点之间，到之前工程师先联系您。")]},
            {"open": ["公司搬家了，复印机想一起挪过去。"],
             "result": ["可以安排移机，{due}派车拆装，新地址通网以后工程师帮您把扫描和打印重新设好，移机一次收一百块运费。"],
             "qa": [("搬的时候墨粉会不会洒？", "嗯对，拆之前我们会先把粉盒取下来单独装。")]},
        ],
    },
    "canteen": {
        "companies": [("和睦里社区长者食堂服务热线", "和睦里社区长者食堂服务热线")],
        "acct_label": "助餐卡卡号",
        "verify": [("请您报一下助餐卡卡号。", "{acct_zh}。", ["account"]),
                   ("老人的姓名和住的地址？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["我想给我妈订下个礼拜的午饭，她一个人在家。", "给家里老人订一周的午饭。"],
             "result": ["可以订，下周一到周五每天一荤两素一汤，老人家牙口不好的话我们做软烂一点的，送餐员{doctor}阿姨十一点半前送到门口。"],
             "qa": [("饭钱能从卡里扣吗？", "嗯对，直接从助餐卡里扣，补贴自动减掉。")]},
            {"open": ["助餐卡里的补贴这个月没到。"],
             "result": ["查到了，您这个月的补贴要等街道审批完才发，{due}前会到卡上，这几天吃饭先按原价扣，补贴到了以后补给您。"],
             "qa": [("以后每个月都会这么晚吗？", "嗯嗯，只有这个月换了审批系统，下个月起恢复到月初发。")]},
        ],
    },
    "orchard": {
        "companies": [("青山坡果园直发客服部", "青山坡果园直发客服部")],
        "acct_label": "果品订单编号",
        "verify": [("您的果品订单编号是多少？", "{acct_zh}。", ["account"]),
                   ("收件人的姓名和收货地址？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["收到的橙子有好几个都磕坏了。", "一箱橙子到手压坏了不少。"],
             "result": ["实在对不住，运输路上挤压了，坏了几个我们按个数赔，您拍张照片发过来就行，{due}之前退到您付款的账户上。"],
             "qa": [("要不要把坏的寄回去？", "嗯嗯，不用寄，您自己处理掉就行。")]},
            {"open": ["想给公司员工订一批水果当福利。"],
             "result": ["团购五十箱以上打八八折，可以印公司的标志在箱子上，负责团购的{doctor}经理会跟您确认品种和发货日期。"],
             "qa": [("能分开送到不同的地方吗？", "嗯对，每个收货点单独发，运费我们包。")]},
        ],
    },
    "carwash": {
        "companies": [("净途洗车会员服务中心", "净途洗车会员服务中心")],
        "acct_label": "洗车卡编号",
        "verify": [("请提供一下洗车卡编号。", "{acct_zh}。", ["account"]),
                   ("车主的姓名和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["年卡说好不限次的，现在门店不让洗了。", "年卡洗车次数被限了。"],
             "result": ["您的年卡是去年办的老卡，合同上写的就是不限次数，门店那边是执行错了，我已经通知店长{doctor}经理，今天起照常给您洗。"],
             "qa": [("那前两次多扣的能退吗？", "嗯对，多扣的两次给您补回卡里。")]},
            {"open": ["想问问精洗和快洗有什么区别。"],
             "result": ["快洗是外观冲洗擦干，十五分钟左右，精洗加内饰吸尘和轮毂清洁，要四十分钟，会员精洗六折，{due}前办卡还送一次打蜡。"],
             "qa": [("下雨天洗了还能补洗吗？", "嗯嗯，洗完三天内下雨可以免费补洗一次。")]},
        ],
    },
    "campsite": {
        "companies": [("野趣房车露营地游客中心", "野趣房车露营地游客中心")],
        "acct_label": "营位预订单号",
        "verify": [("麻烦您报一下营位预订单号。", "{acct_zh}。", ["account"]),
                   ("预订人的姓名和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["订好的湖边营位被换到停车场边上了。", "营位跟订的不一样。"],
             "result": ["是我们排位出了错，今晚给您换回湖边的营位，营地管理员{doctor}师傅帮您把帐篷挪过去，差价退给您，再送两份早餐。"],
             "qa": [("湖边晚上有灯吗？", "嗯嗯，每个营位都有一盏露营灯和一个电桩。")]},
            {"open": ["下周想租个房车过去住两晚。"],
             "result": ["房车营位{due}还有空，一晚六百八，含水电和热水，可以带宠物，烧烤架和炭要另外租，一套五十块。"],
             "qa": [("能不能带自己的帐篷？", "嗯对，可以带，自带帐篷的营位便宜一半。")]},
        ],
    },
    "purifier": {
        "companies": [("清泉净水器售后服务中心", "清泉净水器售后服务中心")],
        "acct_label": "净水器安装单号",
        "verify": [("您的净水器安装单号是多少？", "{acct_zh}。", ["account"]),
                   ("安装的地址是？", "{address}。", ["address"])],
        "issues": [
            {"open": ["净水器出水有股怪味。", "净水器的水喝着有味儿。"],
             "result": ["从安装时间看，您家的活性炭滤芯已经超期两个月了，味道多半是这个原因，{doctor}师傅{due}上门换芯，会员的滤芯费全免。"],
             "qa": [("换完马上就能喝吗？", "嗯嗯，换完先放水五分钟就能喝。")]},
            {"open": ["净水器底下一直在滴水。"],
             "result": ["可能是接头老化了，今天下午安排师傅上门，换接头免费，地板要是泡坏了，您拍照留着，我们按保单帮您报。"],
             "qa": [("要先关掉总闸吗？", "嗯对，先把进水阀关上，插头也拔了。")]},
        ],
    },
    "studyroom": {
        "companies": [("静思自习室会员服务台", "静思自习室会员服务台")],
        "acct_label": "自习座位预约单号",
        "verify": [("请您说一下自习座位预约单号。", "{acct_zh}。", ["account"]),
                   ("会员的姓名和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["隔壁座老有人打电话，吵得没法看书。", "自习室太吵了，看不进去。"],
             "result": ["给您添麻烦了，今天起给您调到最里面的静音区，管理员{doctor}老师会每小时巡一次，再有人大声说话您直接按座位上的呼叫键。"],
             "qa": [("静音区还能充电吗？", "嗯嗯，每个位子都有插座和台灯。")]},
            {"open": ["想办个月卡，能不能先试一天？"],
             "result": ["新会员可以免费体验半天，{due}以前都有空位，月卡四百九，考研的同学凭准考证再优惠五十。"],
             "qa": [("能带饭进去吃吗？", "自习区不能吃东西，门口有个小休息室可以吃。")]},
        ],
    },
    "ktv": {
        "companies": [("欢唱汇练歌房预订中心", "欢唱汇练歌房预订中心")],
        "acct_label": "包厢预订编号",
        "verify": [("麻烦报一下包厢预订编号？", "{acct_zh}。", ["account"]),
                   ("订房人的名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["周六晚上想订个中包，八个人。", "周六订一个八人的包厢。"],
             "result": ["周六晚上中包还剩两间，晚八点到十一点的套餐五百八，含果盘和一打啤酒，过生日的话可以免费布置气球，值班经理{doctor}经理会给您留房。"],
             "qa": [("能提前半小时进去吗？", "嗯对，提前半小时可以进，不另收钱。")]},
            {"open": ["上回唱歌多收了一笔酒水钱。"],
             "result": ["查到您那天的账单，酒水多记了一打，是收银员录重了，多收的两百四十块{due}前原路退回，再送您一次欢唱券。"],
             "qa": [("欢唱券有期限吗？", "嗯嗯，三个月内用完就行。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["万", "洪", "施", "柳", "艾", "卞", "饶", "项", "穆", "汤", "焦", "毕", "邝", "桑", "缪", "闻"]
DOCTORS = SURNAMES           # the engineer, the delivery aunt, the manager, the site keeper ... by surname
NAMES = ["万思远", "洪雨桐", "施嘉豪", "柳依依", "艾子健", "卞欣然", "饶浩宇", "项梦琪", "穆天翔", "汤若曦",
         "焦一鸣", "毕晓彤"]
AREAS = ["枫丹小区", "润泽花园", "青年汇公寓", "望江府", "星河湾", "樱桃苑"]
CITIES = ["成都", "长沙", "合肥", "南昌", "昆明", "贵阳", "西宁", "温州"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["另外问一下，我上回提的那个问题处理了没？", "对了，我之前反映的那件事有结果了吗？"]
HOLD2_AGENT = "您上回提的那个问题已经处理好了，结果昨天发短信通知您了。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
