# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind18`` (dev only): the eighteenth blind evaluation set for issue 11.

Written by an eighteenth writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette),
without reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py,
blind10_text.py, blind11_text.py, blind12_text.py, blind13_text.py, blind14_text.py,
blind15_text.py, blind16_text.py or blind17_text.py.  Eight business lines none of them had, in
other registers: a tyre-and-wheel shop (plain, mechanic-like), a tea-leaf mail-order house
(refined, unhurried), a school-uniform supplier (patient with parents), a 3D-printing bureau
(precise, engineer-like), an aquarium's ticket desk (cheerful, family), a custom-cake bakery
(sweet, warm), a children's swimming school (encouraging coach) and an old tailor's shop
(old-fashioned courtesy).  Callers are anxious, often from the south, and ask many short
questions; agents are middle-aged and even.  Other 工号 forms (服务工牌, 坐席 number, 值守客服编号,
话务员, 本台 number), offers of help, closings, hold announcements and returns in other words,
服务禁语 in seven families, and hard negatives.

Two openings are unusual but acceptable: one tells the caller the call is recorded to protect
their rights, one offers to speak more slowly if the caller finds the Mandarin hard to follow.

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

HO_DOMAINS_LIST = ["tyre", "tea", "uniform", "print3d", "aquarium", "bakery", "swim", "tailor"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说", "那么"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number in a form no earlier writer used, an offer of help.  Two are unusual but
# acceptable: one says the call is recorded to protect the caller, one offers to speak slower.
HO_GREETINGS = [
    "您好，{hotline}，服务工牌{agent_zh}号，我姓{agent_surname}，您遇到什么情况了，慢慢讲。",
    "{tod}，这里是{hotline}，{agent_zh}号坐席正在为您接听，今天想办点什么？",
    "您好，{hotline}值守客服，编号{agent_zh}，您有任何疑问都可以问我。",
    "您好，感谢您拨打{hotline}，我是{agent_zh}号话务员小{agent_surname}，请问有什么需要？",
    "{tod}，{hotline}，本台{agent_zh}号，很高兴接到您的来电，请讲。",
    "您好，{hotline}，{agent_zh}号为您效劳，本次通话全程录音，是为了保障您的权益，您请讲。",
    "您好，{hotline}，我是{agent_zh}号小{agent_surname}，普通话要是听着费劲，我可以讲慢一点，您有什么事？",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["喂？说事儿。", "谁呀，打这来干嘛？", "又是问价钱的吧？", "过会儿再打，这会儿顾不上。",
                    "说，听着呢。", "找哪个？"]

# ---- closings
HO_CLOSING_ASK = ["您看还有哪一块不清楚的吗？", "别的方面还有什么放心不下的吗？", "还有其他想问的我一并答了吧？",
                  "我这边还能为您再做点什么吗？"]
HO_CLOSING_CUST = ["没了没了，心里踏实了。", "就这样吧，谢谢。", "暂时没了。", "都清楚了。", "好，没别的了。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; one without 再见
# (thanks plus wishes), which is acceptable.
HO_CLOSING_BYE = {
    None: ["谢谢您的耐心，有事随时打过来，再见。",
           "感谢您对我们的信任，祝您生活顺心，再见。",
           "那就不打扰您了，谢谢您打来，再见。",
           "好的，谢谢您，祝您一切都好。",
           "感谢您拨打热线，东西到了有任何问题随时找我们，再见。"],
    "tyre": ["感谢您来电，祝您行车平稳、轮胎耐磨，再见。"],
    "tea": ["谢谢您喜欢我们的茶，祝您品茗愉快，再见。"],
    "uniform": ["感谢家长的配合，祝孩子新学期顺顺当当，再见。"],
    "print3d": ["感谢您的委托，祝您的作品顺利出炉，再见。"],
    "aquarium": ["谢谢您的来电，祝您和家人在海洋馆玩得开心，再见。"],
    "bakery": ["谢谢您订我们的蛋糕，祝寿星福寿安康，再见。"],
    "swim": ["感谢您的信任，祝孩子早日学会游泳，再见。"],
    "tailor": ["谢谢您惦记着老店，祝您穿得合身又精神，再见。"],
}
HO_CLOSING_CUST_BYE = ["好的，再见了。", "谢谢你啊，再见。", "拜拜。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["到时候再说吧。", "没事我撂了。", "回头你自己去门店问。", "那先这样，我这边还有别的线。",
                   "说完了吧，我这忙着。", "行，等消息去吧。"]
HO_BAD_CLOSING_CUST = ["啊？没了？", "你这就不管了？", "行吧。", "那我等着呗。"]

# ---- holds: announcements in other words (don't hang up, the call is paused, no sound in the
# earpiece is normal, keep the call, don't put the phone down, your side is muted while I check,
# wait for me on the line), thanks on return in other words, returns without thanks; all of them
# fit any centre (heldout draws them apart from the call's domain).
HO_HOLD_ANNOUNCE = ["我到库房看一眼还有没有货，您先别挂机，大约一分钟，我回来接着跟您说。",
                    "这个得请师傅看看单子，我把通话暂停一会儿，一分钟左右。",
                    "我调一下您的记录，这期间听筒里没有声音是正常的，您别着急。",
                    "我去问问排期，麻烦您保持通话，很快就好。",
                    "容我离开座位一小会儿，跟仓库对一对，您的电话不要放下。",
                    "我查的时候会先把您这边静音，您别担心，不是掉线。",
                    "我去找值班店长要个准话，您在线上等我一分来钟。"]
ANNOUNCE_RE = "别挂机|通话暂停|听筒里没有声音|保持通话|电话不要放下|先把您这边静音|在线上等我"
HO_HOLD_THANKS = ["多谢您耐心，库房回话了，您要的货还有。", "劳您久等，师傅看过单子了，能做。",
                  "谢谢您没挂，您的记录调出来了。", "辛苦您候着，排期出来了，周六上午有空。",
                  "感谢您等了这一会儿，店长同意把差价免掉。"]
HO_THANKS_WORDS = ["谢谢", "感谢", "多谢", "久等", "久候", "麻烦您", "辛苦", "抱歉", "不好意思", "劳驾", "有劳", "难为",
                   "让您等", "耽搁", "劳烦", "过意不去", "干等", "空等", "对不住", "耐心", "多亏", "劳您", "耽误", "占用",
                   "耐着性子", "谢了", "谢啦", "候着"]
HO_RESUME_NO_THANKS = ["库房回话了，您要的货还有。", "师傅看过单子了，能做。", "记录调出来了，确实是我们漏发了。",
                       "排期出来了，周六上午有空。", "店长同意了，差价给您免掉。"]
HO_UNANNOUNCED_PRE = ["好，我翻翻记录。", "这个我问问库房。", "行，我对对单子。", None, None]
# words a return without thanks, or the line before an unannounced hold, must not have
NOT_ANNOUNCING = ["等", "稍", "挂", "候", "线上", "在线", "别收", "搁", "音乐", "提示音", "片刻", "马上", "一会儿",
                  "一下", "别走", "静音", "安勿躁", "回来", "断", "旋律", "握着", "安静", "结束通话", "离开", "听筒",
                  "保留", "没声音", "端着", "放下", "线路", "电话", "别放", "拿着", "小曲", "撂", "多待", "保持",
                  "走开", "接回", "不挂", "通话", "一阵", "暂停", "挂机", "掉线", "座位", "一分钟"]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic).  Two are hard
# negatives: a look-alike of a hold announcement (the agent says the caller need not wait: no
# hold follows) and a look-alike of a closing (thanks in mid-call).
HO_ACK_AGENT = ["是啊，开学前订的人最多，早订早安心。", "好啊，就按您说的这个来办。",
                "这个不需要您稍候，我手上的资料里就有。", "感谢您说得这么仔细，咱们接着往下看。"]
HO_ACK_CUST = ["哦哦，懂了。", "这样啊。", "好，好。", "嗯，知道了。", "那行。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["嗯。", "嗯嗯。", "哦。", "是。", "您讲。", "好。"]
HO_CUST_BC = ["嗯。", "哦。", "好的。", "嗯嗯。", "对对。", "是。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "新换的轮胎才跑了两千公里就鼓包了。", "鼓包就是您自己压马路牙子压的，轮胎本身没毛病。", "压马路牙子压的"),
    ("blame_customer", "校服洗了一次就缩水了。", "缩成这样肯定是您用热水洗的，洗标上写着不让用热水。", "肯定是您用热水洗的"),
    ("blame_customer", "打印出来的模型一掰就断。", "模型断了是您图纸没画好，壁厚不够怪不到打印上。", "怪不到打印上"),
    ("refuse_responsibility", "茶叶寄到受潮了。", "受潮是路上的事，茶叶出了我们仓库就不归我们管。", "出了我们仓库就不归我们管"),
    ("refuse_responsibility", "蛋糕送到的时候塌了一半。", "蛋糕交给骑手就跟店里没关系了，塌了您找平台。", "交给骑手就跟店里没关系了"),
    ("refuse_responsibility", "孩子的帽子在馆里被风刮进水池了。", "东西掉了是游客自己看管不好，馆里不负责捞。", "馆里不负责捞"),
    ("do_it_yourself", "茶叶该怎么冲泡才好喝？", "包装盒背面印着冲泡方法，您自己对着泡，我这边不教。", "我这边不教"),
    ("do_it_yourself", "孩子校服该订哪个尺码？", "尺码表发在家长群里了，自己量量对一对，别来问客服。", "别来问客服"),
    ("do_it_yourself", "怎么在网上约游泳体验课？", "公众号里有入口，您自己琢磨，点几下的事。", "您自己琢磨"),
    ("take_or_leave", "改裤脚能便宜点吗？", "改一条就这个价，嫌贵您拿回家自己缝。", "拿回家自己缝"),
    ("take_or_leave", "年票能不能分两次付？", "一次付清，不付清就别办，想办的人多着呢。", "想办的人多着呢"),
    ("take_or_leave", "蛋糕能不能换成动物奶油？", "配方是定死的，不接受改动，您要么订要么换一家。", "要么订要么换一家"),
    ("impatience", "我再问一下，泳池水温到底多少度？", "刚才都说两遍了，二十八度，您记好了别再问了。", "您记好了别再问了"),
    ("impatience", "我想把腰身、袖长、肩宽一样一样跟你说清楚。", "您挑重点说，一条一条讲下去后面排队的都急了。", "后面排队的都急了"),
    ("impatience", "我还是不太放心，打印材料到底安不安全？", "说了没事就是没事，您别一直绕着问。", "您别一直绕着问"),
    ("sarcasm", "能不能保证孩子一节课就学会游泳？", "一节课学会，那您家孩子比奥运冠军还厉害。", "比奥运冠军还厉害"),
    ("sarcasm", "茶叶能不能每片叶子都一样大？", "每片都一样大，那您得找机器印茶叶去。", "找机器印茶叶去"),
    ("sarcasm", "海豚表演能不能让孩子上去摸一摸？", "要不要再让海豚陪您家孩子回家住两天。", "陪您家孩子回家住两天"),
    ("talking_down", "胎压多少算正常？", "开车的连胎压都不知道，驾照怎么考下来的。", "驾照怎么考下来的"),
    ("talking_down", "三维模型文件是什么格式？", "连文件格式都不懂就别折腾打印了，找个懂行的来。", "找个懂行的来"),
    ("talking_down", "西装上衣怎么量尺寸？", "量个尺寸都不会，这种常识还要我教。", "这种常识还要我教"),
]
HO_FORBIDDEN_REACT = ["你这话说得也太难听了吧？", "叫你们店长来跟我讲。", "这是客服该说的话吗？", "你报个工号，我回头去反映。"]
# Agent hard negatives: taboo-ish words in acceptable service language; six answer the yes-no
# question with 嗯对 / 嗯嗯 (look-alikes are reached far more surely than small talk).
HO_LOOKALIKES = [
    ("blame_customer", "鼓包是不是我压了路牙子造成的？", "现在还不好下结论，您开过来我们拆下来看，是质量问题就免费换。"),
    ("blame_customer", "缩水是不是因为我用热水洗了？", "嗯嗯，热水确实会缩一点，不过缩这么多不正常，我们给您换一套。"),
    ("refuse_responsibility", "茶叶受潮是找快递还是找你们？", "嗯对，找我们就行，受潮的茶我们包退包换。"),
    ("refuse_responsibility", "蛋糕塌了归店里管吗？", "嗯对，归店里管，我们马上重做一个送过去。"),
    ("do_it_yourself", "游泳课是不是在公众号里自己约就行？", "嗯嗯，公众号里能约，您要是不方便，我现在直接帮您约上。"),
    ("do_it_yourself", "冲泡方法盒子背面是不是有？", "有的，水温和时间我也发到您手机上。"),
    ("take_or_leave", "改裤脚的价钱还能商量吗？", "老顾客改第二条起打八折，我给您按这个算。"),
    ("impatience", "我问题是不是太多了？", "嗯嗯，没关系，您一个一个问，我都给您讲明白。"),
    ("impatience", "我说话慢，不耽误你吧？", "不耽误，您慢慢说，我听着呢。"),
    ("sarcasm", "一节课学会是不是想得太美了？", "一节课是难一些，不过小班课一般十节课能学会换气。"),
    ("talking_down", "胎压我都不懂，是不是挺丢人的？", "一点也不丢人，很多车主都不太清楚，驾驶座门框上贴着标准值。"),
    ("talking_down", "我不懂文件格式，能打吗？", "嗯嗯，能打，您把图片或者样品发过来，我们工程师帮您建模。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("你们这破店就会糊弄人。", "给您添堵了，这次的问题我负责跟到底，今天就给您答复。"),
    ("早知道就不在你们家买了。", "让您失望了，我们先把这件事办好，再请您看看我们改没改。"),
    ("你们客服是不是都不管事？", "我管，这件事从现在起我一直跟着，您随时找我。"),
    ("一个个说得好听，做起来全不是那回事。", "您批评得对，光说不做不行，我这就把处理时限写进工单。"),
    ("再这样我就去网上曝光你们。", "您的不满我们接受，先把问题解决好，有结果我第一时间告诉您。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我孩子下礼拜一就开学了，校服到现在还没收到，班主任说没穿校服不让参加开学典礼，我打了三回电话都说在路上，我真的急死了。",
    "我上个月在你们店换了四条轮胎，这两天跑高速方向盘一直抖，我老婆孩子都在车上，我越想越害怕，不知道是不是装的时候没弄好。",
    "我给我爸订的寿宴蛋糕明天中午要用，刚才收到短信说配送时间改到下午，家里几十口亲戚都等着，我这边心里一点底都没有。",
    "我送去改的那套西装是我女儿结婚那天要穿的，说好上周五能取，结果到现在还没改好，婚礼就在这个礼拜六了。",
]
# long enough (12 字) that even the fastest agent of this set talks over the caller for >= 1.5 s
HO_INTERRUPT_AGENT = [
    "您别急，这事我马上给您盯住。",
    "我这就让负责的师傅给您回电。",
    "今天之内一定给您一个准信儿。",
    "这个损失我们这边先兜底处理。",
]
HO_EARLY_AGENT = [
    "我们店的轮胎质保是这样的，正常使用三年或者六万公里以内，出现鼓包、脱层这类质量问题免费换新，扎钉补胎终身免费，四轮定位每半年免费做一次。",
    "今年的明前龙井分特级和一级，特级每斤一千二，一级每斤六百八，都是真空小包装，每包五克，一次泡一包，收到后放冰箱冷藏能保存一年左右。",
    "儿童游泳班分三个阶段，先是水性适应，再学蛙泳腿和换气，最后是完整蛙泳，每期十节课，每节四十五分钟，一个教练最多带六个孩子，池边全程有救生员。",
]
# anxious callers cut in with these: long enough to keep >= 1.5 s of talking over the agent
HO_EARLY_CUST = ["等一下等一下，我就想知道会不会出事。", "不好意思打断一下，我那个到底要紧不要紧？",
                 "你先别说那么多，我就问一句能不能退？"]
HO_AFTER_INTERRUPT_CUST = ["你先听我讲完嘛。", "我话还没说完呢。", "好吧，你说。"]
HO_AFTER_EARLY_AGENT = ["您说，您先说，我听着。", "抱歉抱歉，您先问。"]

# ---- generic follow-ups (customer, agent): anxious callers ask many short questions; 嗯对 / 嗯嗯
# answer a yes-no question (never tics)
HO_GENERIC_QA = [
    ("你们礼拜天上班吗？", "嗯嗯，礼拜天也有人值班。"),
    ("能用支付宝付吗？", "嗯对，支付宝和微信都行。"),
    ("要不要先交定金？", "先交三成定金，剩下的到时候再付。"),
    ("会不会另外加钱？", "报的价就是全部费用，不会另外加。"),
    ("多长时间能弄好？", "顺利的话三到五天。"),
    ("我能不能自己过去拿？", "好啊，自提还能省运费。"),
    ("出了问题找谁？", "直接打这条热线，我们跟到底。"),
    ("有没有会员价？", "会员价便宜一成。"),
    ("发票能开公司抬头吗？", "能开，付款时把抬头填上就行。"),
    ("能不能加急？", "加急另收两成，最快第二天好。"),
    ("不满意能退吗？", "七天内没用过的可以退。"),
    ("下雨天照常吗？", "是啊，刮风下雨都照常。"),
    ("附近好停车吗？", "门口有十几个免费车位。"),
    ("老人小孩有优惠吗？", "六岁以下和七十岁以上半价。"),
    ("我能先问问再决定吗？", "当然，您想好了再订不迟。"),
    ("这事会不会影响以后？", "不会有影响，您放宽心。"),
]
# Customers' long turns: anxious callers who want to ask a few things in a row.
HO_CUST_DETAIL = ["我这人容易着急，想先问清楚几件事。",
                  "我就几个小问题，问完就不打扰了。",
                  "我怕记错，一样一样问你啊。",
                  "网上说法太多了，我不放心。",
                  "我昨晚想了一宿，还是打过来问问。"]
HO_CUST_SEARCH = ["稍等啊，我去翻一下单子。", "我看看手机里的记录，你别挂。"]
HO_CUST_FILLER_OPEN = ["嗯，", "呃，", "啊，", "嗯，那个，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["您的手机号码麻烦再报一遍？"],
    "name": ["您的名字麻烦再报一遍？"],
    "id": ["证件号码后六位麻烦再报一遍？"],
    "account": ["{acct_label}麻烦再报一遍？"],
    "address": ["地址麻烦再报一遍？"],
}
HO_SLOT_ANSWER = {
    "phone": "手机号是{phone_zh}。", "name": "我叫{name}。", "id": "{id6_zh}。",
    "account": "{acct_zh}。", "address": "住在{address}。",
}
HO_REANSWER_PREFIX = ["刚才报过了，", "", "哦，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["跟您核对一下，手机{phone_zh}，没错吧？"],
    "name": ["跟您核对一下，您是{name}，没错吧？"],
    "id": ["跟您核对一下，证件尾号{id6_zh}，没错吧？"],
    "account": ["跟您核对一下，{acct_label}{acct_zh}，没错吧？"],
    "address": ["跟您核对一下，地址是{address}，没错吧？"],
}
HO_READBACK_CUST = ["没错。", "对，是这个。", "嗯，没错。", "对的。"]
HO_NEW_ASK = {
    "phone": ("做好了能打电话通知我吗？", "嗯嗯，能通知，麻烦留个手机号码？", "{phone_zh}。", "好，号码存下了。"),
    "name": ("取的时候要报名字吗？", "要报的，您的全名是？", "{name}。", "好，记在单子上了。"),
    "address": ("能寄到我家吗？", "嗯对，能寄，寄到哪个地址？", "{address}。", "好，寄送地点写好了。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]),
                    ("account", ["卡号", "账号", "编号", "单号"]),
                    ("name", ["姓名", "名字", "全名", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["重复一遍", "再报", "再说", "报一下", "说一下", "是多少", "告知", "提供", "留个", "给个"]


# the slot an agent line asks for, or None (read-backs 「跟您核对一下…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("核对一下",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so most
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).
HO_DOMAINS = {
    "tyre": {
        "companies": [("固途轮胎轮毂服务中心", "固途轮胎轮毂服务中心")],
        "acct_label": "轮胎质保单号",
        "verify": [("麻烦报一下轮胎质保单号。", "{acct_zh}。", ["account"]),
                   ("车主姓名和手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["新换的轮胎跑高速方向盘发抖。", "换了胎以后车子一快就抖。"],
             "result": ["多半是动平衡没做好，您这四条胎还在质保期，{doctor}师傅{due}给您免费重做动平衡和四轮定位，大概四十分钟。"],
             "qa": [("这几天车还能开吗？", "嗯嗯，市区慢点开没问题，先别上高速。")]},
            {"open": ["想给车换一套十八寸的轮毂。"],
             "result": ["十八寸的轮毂有三款现货，连轮胎一起算价，{due}前下单送一次氮气充填，施工由{doctor}师傅负责。"],
             "qa": [("换了会不会更费油？", "嗯对，会多费一点，一般多百分之三左右。")]},
        ],
    },
    "tea": {
        "companies": [("云岫茶园邮购服务部", "云岫茶园邮购服务部")],
        "acct_label": "茶叶邮购订单编号",
        "verify": [("您的茶叶邮购订单编号是？", "{acct_zh}。", ["account"]),
                   ("收件人姓名和地址是？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["寄来的茶叶有点受潮了。", "收到的茶罐里茶叶发软。"],
             "result": ["真是抱歉，这批是梅雨季发出的，给您重新寄一罐，{due}前到，受潮那罐不用寄回，负责发货的{doctor}老师会附一包干燥剂。"],
             "qa": [("新寄的会不会还受潮？", "嗯嗯，这次用铝箔袋加真空包装，不会再潮。")]},
            {"open": ["想订几盒茶叶中秋送人。"],
             "result": ["中秋礼盒有两百、四百、八百三档，可以代写贺卡直接寄给收礼人，{due}前下单保证节前到，{doctor}老师会帮您核对收件信息。"],
             "qa": [("能分别寄到不同城市吗？", "嗯对，每份单独寄，运费我们出。")]},
        ],
    },
    "uniform": {
        "companies": [("启明校服定制供应中心", "启明校服定制供应中心")],
        "acct_label": "校服征订编号",
        "verify": [("请您报一下校服征订编号。", "{acct_zh}。", ["account"]),
                   ("学生姓名和家长手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["孩子的校服到现在还没收到。", "开学了校服还没到。"],
             "result": ["查到了，您家这套因为尺码补货晚了几天，{due}前一定送到学校，由班主任转交，送货的{doctor}老师会先发短信告诉您。"],
             "qa": [("开学典礼前能到吗？", "嗯嗯，典礼前一天送到学校。")]},
            {"open": ["校服买小了，想换大一号。"],
             "result": ["没穿过没洗过的都能换，您把校服交给班主任，{due}统一收回，换好的新尺码由{doctor}老师送回班里。"],
             "qa": [("换货要加钱吗？", "不加钱，同价换码就行。")]},
        ],
    },
    "print3d": {
        "companies": [("匠造三维打印服务中心", "匠造三维打印服务中心")],
        "acct_label": "打印任务单号",
        "verify": [("您的打印任务单号是多少？", "{acct_zh}。", ["account"]),
                   ("联系人的名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["打出来的零件尺寸对不上。", "模型打出来装不上去。"],
             "result": ["查了切片参数，是我们这边收缩补偿没设对，{doctor}工程师{due}前免费重打一件，寄出前先拍照片给您核对尺寸。"],
             "qa": [("重打的会不会还有偏差？", "嗯嗯，这次每个尺寸都用卡尺量过再发。")]},
            {"open": ["想打一个公司产品的实物模型做展示。"],
             "result": ["展示模型建议用光敏树脂，表面细腻还能上色，按体积计价，{due}前把图纸发来，{doctor}工程师会先出报价和样图。"],
             "qa": [("没有图纸能做吗？", "嗯对，可以照着照片建模，另收建模费。")]},
        ],
    },
    "aquarium": {
        "companies": [("蓝湾海洋馆票务服务台", "蓝湾海洋馆票务服务台")],
        "acct_label": "海洋馆门票单号",
        "verify": [("麻烦说一下海洋馆门票单号。", "{acct_zh}。", ["account"]),
                   ("购票人的姓名和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["买的门票日期选错了，能改吗？", "票的日期买错了。"],
             "result": ["没入园的票可以免费改一次日期，我帮您改到{due}，检票时刷身份证就行，现场有问题找值班的{doctor}主管。"],
             "qa": [("改了以后海豚表演还能看吗？", "嗯嗯，每天上午十一点和下午三点各一场。")]},
            {"open": ["孩子在馆里丢了一个水壶。"],
             "result": ["失物招领处收到一个蓝色水壶，应该就是您家的，{due}前来游客中心领，找{doctor}主管就行。"],
             "qa": [("能不能寄到家里？", "嗯对，可以到付寄回给您。")]},
        ],
    },
    "bakery": {
        "companies": [("麦香里手作蛋糕定制中心", "麦香里手作蛋糕定制中心")],
        "acct_label": "蛋糕定制单号",
        "verify": [("请提供一下蛋糕定制单号。", "{acct_zh}。", ["account"]),
                   ("取蛋糕人的名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["订的寿宴蛋糕送货时间被改了。", "蛋糕配送时间变了，我急用。"],
             "result": ["是我们排单排错了，已经改回明天中午十一点半送到，{doctor}师傅亲自送，路上有变动他会提前跟您说，另外送您一盒寿桃。"],
             "qa": [("十一点半真能到吗？", "嗯嗯，我们提前一小时出发。")]},
            {"open": ["想订一个三层的婚礼蛋糕。"],
             "result": ["三层婚礼蛋糕要提前一周订，{due}前可以先来店里试吃，裱花师{doctor}师傅会跟您一起定款式。"],
             "qa": [("能做无糖的吗？", "嗯对，可以用代糖做，口感差不多。")]},
        ],
    },
    "swim": {
        "companies": [("浪花少儿游泳培训中心", "浪花少儿游泳培训中心")],
        "acct_label": "游泳学员卡号",
        "verify": [("您的游泳学员卡号是？", "{acct_zh}。", ["account"]),
                   ("孩子的姓名和家长手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["孩子上了五节课还不敢下水。", "我家孩子还是怕水。"],
             "result": ["有的孩子适应得慢，这很正常，下一期给您换到小班，{doctor}教练一对三带，{due}前没进步的话补两节课不收钱。"],
             "qa": [("教练会一直在旁边吗？", "嗯嗯，教练全程在水里陪着。")]},
            {"open": ["想问问暑假班还有名额吗？"],
             "result": ["暑假班还有七个名额，每期十节课，{due}前报名送一套泳帽泳镜，{doctor}教练带的是早上八点那一班。"],
             "qa": [("能试听一节吗？", "嗯对，可以先试一节，不合适不收钱。")]},
        ],
    },
    "tailor": {
        "companies": [("恒裕老裁缝定制服务部", "恒裕老裁缝定制服务部")],
        "acct_label": "改衣取件单号",
        "verify": [("请报一下改衣取件单号。", "{acct_zh}。", ["account"]),
                   ("您的名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["送去改的西装还没改好。", "改的衣服过了日子还没拿到。"],
             "result": ["是我们耽误了，这套西装{doctor}师傅今天加班改，{due}前一定改好，改好后给您送上门，改衣费全免。"],
             "qa": [("能赶在礼拜六前吗？", "嗯嗯，礼拜五晚上一定送到。")]},
            {"open": ["想做一件旗袍，要上门量尺寸吗？"],
             "result": ["可以上门量体，{doctor}师傅{due}有空，量完再挑面料，做好以后试穿不合适免费改两次。"],
             "qa": [("面料能自己带吗？", "嗯对，自带面料只收手工费。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["樊", "谈", "郁", "伏", "龙", "边", "屠", "钮", "茅", "班", "姬", "寇", "阙", "盛", "鲁", "成"]
DOCTORS = SURNAMES           # the fitter, the tea master, the engineer, the coach, the tailor ... by surname
NAMES = ["樊静怡", "谈书豪", "郁晴川", "伏嘉宁", "龙泽宇", "边晓雯", "屠俊杰", "钮佳慧", "班子墨", "寇思涵",
         "阙明轩", "盛安琪"]
AREAS = ["桂香里", "榕树头小区", "荔湾新村", "紫荆苑", "木棉花园", "凤凰台"]
CITIES = ["广州", "福州", "厦门", "南宁", "海口", "佛山", "泉州", "桂林"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["还有，上次我问的那件事有下文了吗？", "顺便问问，我之前登记的那个问题解决了没有？"]
HOLD2_AGENT = "您之前登记的那个问题已经解决了，处理结果前天短信发给您了。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
