# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind16`` (dev only): the sixteenth blind evaluation set for issue 11.

Written by a sixteenth writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette),
without reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py,
blind10_text.py, blind11_text.py, blind12_text.py, blind13_text.py, blind14_text.py or
blind15_text.py.  Eight business lines none of them had, in other registers: a ski resort's
visitor service centre (breezy, sporty), a fishing-tackle shop (folksy, hobbyist), a used-car
dealer (smooth, salesy), a study-abroad consultancy (polished, advisory), a watch-repair centre
(meticulous, old-school courteous), a matchmaking service (tactful, discreet), a fuel-card
hotline (plain state-enterprise standard) and a home-renovation company (down-to-earth, site
foreman).  Callers are often elderly.  Other 工号 forms (客服经办人, 在线顾问, 接线工号, 专员号,
受理席, 服务代表 with a dialect offer, 在线客服 with a call-back promise), offers of help,
closings, hold announcements and returns in other words, 服务禁语 in seven families, and hard
negatives.

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

HO_DOMAINS_LIST = ["ski", "fishing", "usedcar", "studyabroad", "watch", "matchmaking", "fuelcard", "renovation"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说", "那么"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number in a form no earlier writer used, an offer of help.  Two are unusual but
# acceptable: one tells the caller that dialect is fine too, one promises to ring back if the line
# drops.
HO_GREETINGS = [
    "您好，{hotline}，客服经办人{agent_zh}号，请问您今天打过来是想办点什么？",
    "{tod}，{hotline}，我是在线顾问{agent_zh}号，您把情况说给我听，我来帮您理一理。",
    "您好，{hotline}，接线工号{agent_zh}，我姓{agent_surname}，请问您要咨询哪件事？",
    "您好，欢迎打进{hotline}，我是当班的客户专员，专员号{agent_zh}，有什么事您只管讲。",
    "您好，{hotline}，服务代表{agent_zh}号，您讲普通话或者讲家乡话都行，我都听得懂，请问您需要什么帮助？",
    "您好，{hotline}，{agent_zh}号在线客服，万一中途掉了线，我会主动给您拨回去，请问您遇到什么问题了？",
    "{tod}，{hotline}第{agent_zh}受理席，很高兴接到您的来电，请问您要办理什么？",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["喂喂，听得见吧？有事说事。", "你讲你的，我这边记。", "什么事儿，快讲。", "喂？你找谁？",
                    "说个事由。", "怎么又是你？说。"]

# ---- closings
HO_CLOSING_ASK = ["您看还有什么要问我的吗？", "除了这件事，还有别的我能帮上忙的吗？",
                  "今天这事儿，您还有哪里不放心的吗？", "别的方面还需要我帮您看看吗？"]
HO_CLOSING_CUST = ["没有了，清楚了。", "就这事儿。", "没了，谢谢你啊。", "先这样。", "没有了，你忙吧。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; one without 再见
# (thanks plus wishes), which is acceptable.
HO_CLOSING_BYE = {
    None: ["谢谢您的耐心，祝您生活顺心，再见。",
           "那咱们就先聊到这儿，谢谢您，再见。",
           "感谢您的信任，祝您一家平平安安。",
           "谢谢您来电，天冷多添件衣裳，再见。",
           "谢谢您来电咨询，回头有事再找我们，再见。"],
    "ski": ["感谢您来电，祝您在雪场玩得尽兴，再见。"],
    "fishing": ["谢谢您的支持，祝您每回出钓都满载而归，再见。"],
    "usedcar": ["感谢您选择我们，祝您用车顺心，再见。"],
    "studyabroad": ["谢谢您的信任，祝孩子申请一路顺利，再见。"],
    "watch": ["感谢您把表交给我们，祝您用表愉快，再见。"],
    "matchmaking": ["谢谢您的信任，祝您早日遇见对的人，再见。"],
    "fuelcard": ["感谢您致电加油卡服务热线，祝您一路平安，再见。"],
    "renovation": ["谢谢您的来电，祝您早日住进新家，再见。"],
}
HO_CLOSING_CUST_BYE = ["好好，谢谢，再见。", "行，回见。", "谢谢你了，再见啊。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["行，就这样吧，挂了。", "你自己看着办。", "没事我这儿就不说了。", "等消息就是了。",
                   "那就先到这。", "记上了，下一个。"]
HO_BAD_CLOSING_CUST = ["这就完了？", "哦，好。", "那行吧。", "唉，算了。"]

# ---- holds: announcements in other words (hold the phone and wait a moment, a piano piece plays,
# don't hang up yet, the line goes quiet for a while, put into waiting, wait on that end, keep the
# call open), thanks on return in other words, returns without thanks.
HO_HOLD_ANNOUNCE = ["麻烦您拿着手机稍等片刻，我去库房把那支竿子的实物看一眼，大概一分钟。",
                    "我要调出车辆的检测报告，中间会有一段钢琴曲，您听着就好，很快回来。",
                    "我去请老师傅看看您那块表的照片，请您先别挂断，一两分钟就回来。",
                    "您的材料我得跟文书老师当面核一核，电话这边会暂时静下来，您别着急。",
                    "我把您这边转到等待状态，查一查加油卡的圈存记录，一分钟左右。",
                    "这事我得问问设计师，麻烦您在电话那头等一等，很快给您答复。",
                    "红娘老师正在带会员见面，我去隔壁找她问问，劳您稍等，通话别断。"]
ANNOUNCE_RE = "拿着手机稍等|一段钢琴曲|先别挂断|暂时静下来|转到等待状态|电话那头等一等|通话别断"
HO_HOLD_THANKS = ["劳您久等了，库房那支竿子还有货。", "谢谢您一直在线上候着，检测报告调出来了。",
                  "多亏您这么耐心，老师傅看过照片了。", "让您在电话里空等这么久，实在过意不去，圈存记录查到了。",
                  "谢谢您给我这点时间，设计师回话了。"]
HO_THANKS_WORDS = ["谢谢", "感谢", "多谢", "久等", "久候", "麻烦您", "辛苦", "抱歉", "不好意思", "劳驾", "有劳", "难为",
                   "让您等", "耽搁", "劳烦", "过意不去", "干等", "空等", "对不住", "耐心", "多亏", "劳您"]
HO_RESUME_NO_THANKS = ["库房那支竿子还有三根现货。", "检测报告调出来了，没有事故记录。", "老师傅看过照片，是游丝受了磁。",
                       "圈存记录查到了，钱已经进了备用金。", "设计师回话了，周六可以量房。"]
HO_UNANNOUNCED_PRE = ["您说的情况我都写下了。", "行，这个归我来查。", "好，我这边看看。", None, None]
# words a return without thanks, or the line before an unannounced hold, must not have
NOT_ANNOUNCING = ["等", "稍", "挂", "候", "线上", "在线", "别收", "搁", "音乐", "提示音", "片刻", "马上", "一会儿",
                  "一下", "别走", "静音", "安勿躁", "回来", "断", "旋律", "握着", "安静", "结束通话", "离开", "听筒",
                  "保留", "没声音", "端着", "放下", "线路", "电话", "别放", "拿着", "钢琴曲", "静下来", "转到",
                  "通话", "那头"]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic).  Two are hard
# negatives: a look-alike of a hold announcement (the agent says the caller need not sit by the
# phone: no hold follows) and a look-alike of a closing (thanks in mid-call).
HO_ACK_AGENT = ["是啊，年纪大了跑一趟不容易，能在电话里办的我都给您办了。", "好啊，那咱们就按您说的这个来。",
                "您不用一直守着手机，量完房设计师会主动联系您。", "谢谢您这么信得过我们，咱们接着把手续说完。"]
HO_ACK_CUST = ["嗯，晓得了。", "哦哦，行。", "啊，是这样。", "好嘞好嘞。", "懂了懂了。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["嗯。", "嗯嗯。", "哎。", "收到。", "好嘞。", "了解。"]
HO_CUST_BC = ["嗯。", "嗯嗯。", "哎。", "对对。", "晓得。", "好嘞。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "租的雪板刃口是坏的，我摔了一跤。", "雪板出租前都检查过，摔跤是您自己技术没到家。", "您自己技术没到家"),
    ("blame_customer", "新买的鱼线一拉就断了。", "线是好线，是您不会遛鱼硬拽才断的。", "您不会遛鱼硬拽"),
    ("blame_customer", "买回来的车发动机有异响。", "试驾的时候您自己没听出来，现在才说晚了。", "您自己没听出来"),
    ("refuse_responsibility", "表寄回来表蒙子磕坏了。", "磕碰是运输路上的事，找物流那边，维修部不背。", "维修部不背"),
    ("refuse_responsibility", "加油卡充了钱一直没到账。", "钱是银行扣的，没到账找银行，加油卡这边不过问这种事。", "加油卡这边不过问"),
    ("refuse_responsibility", "墙面刚刷完就裂缝了。", "墙裂是楼房本身沉降，开发商的事，装修队不兜这个底。", "装修队不兜这个底"),
    ("do_it_yourself", "签证要准备哪些材料？", "使馆官网列得明明白白，您照单子自己备齐吧。", "您照单子自己备齐吧"),
    ("do_it_yourself", "缆车几点开始运行？", "雪场门口大牌子上写着，自己抬头瞅一眼。", "自己抬头瞅一眼"),
    ("do_it_yourself", "加油卡的余额怎么查？", "加油站机器上插卡一按就有，这种小事不用来问人。", "这种小事不用来问人"),
    ("take_or_leave", "这辆车的价还能再让点吗？", "一口价，您要就今天定，不要后面排队的人多着呢。", "不要后面排队的人多着呢"),
    ("take_or_leave", "会员费能不能分期交？", "全款入会，分期没有，交不起可以先攒攒。", "交不起可以先攒攒"),
    ("take_or_leave", "换个表蒙子为什么这么贵？", "原厂配件就这个价，嫌贵您拿去街边修。", "嫌贵您拿去街边修"),
    ("impatience", "水电改造怎么收费，你再说一遍？", "价目表已经发您微信了，我没那么多功夫一条条念。", "没那么多功夫一条条念"),
    ("impatience", "我先讲讲上回在水库钓到的那条大鱼。", "钓鱼故事就免了，您直接说要买什么。", "钓鱼故事就免了"),
    ("impatience", "我想把对另一半的要求详细说说。", "要求填在表上就行，电话里一条条说到天黑也说不完。", "说到天黑也说不完"),
    ("sarcasm", "能不能包教包会，一天学会滑雪？", "一天学会，那您下个月就能去参加冬奥会了。", "就能去参加冬奥会了"),
    ("sarcasm", "能不能保证三个月内找到对象？", "要保证的话，我们不如改名叫月老庙。", "改名叫月老庙"),
    ("sarcasm", "你们能保证录取名校吗？", "保证名校，那我先给您把诺贝尔奖也订上。", "把诺贝尔奖也订上"),
    ("talking_down", "公里数和车况哪个更重要？", "连这都要问，您还是别自己挑车了，带个懂行的来。", "带个懂行的来"),
    ("talking_down", "雅思和托福有什么区别？", "这种问题中学生都知道，您先自己做做功课。", "中学生都知道"),
    ("talking_down", "加九十二号还是九十五号油？", "车的说明书上写着呢，开了几年车连这个都不清楚。", "开了几年车连这个都不清楚"),
]
HO_FORBIDDEN_REACT = ["你怎么跟老人家说话的？", "你这是什么服务态度，报上你的工号来。", "我要找你们经理投诉。",
                      "好好说话不会吗？"]
# Agent hard negatives: taboo-ish words in acceptable service language; five answer the yes-no
# question with 嗯对 / 嗯嗯 (look-alikes are reached far more surely than small talk).
HO_LOOKALIKES = [
    ("blame_customer", "是不是我滑得不好才摔的？", "不是您的问题，雪板刃口确实有损伤，租金退给您，再请医务室帮您看看。"),
    ("blame_customer", "鱼线断是不是我遛鱼的手法不对？", "嗯嗯，手法有一点影响，不过这批线确实偏细，我给您换一卷粗一号的。"),
    ("refuse_responsibility", "表走不准你们管吗？", "嗯对，保修期内的问题都归我们管，您寄回来我们免费重调。"),
    ("refuse_responsibility", "墙裂了找你们还是找开发商？", "先找我们，我们派人来看，是施工的问题就由我们返修。"),
    ("do_it_yourself", "余额是不是在加油站机器上也能查？", "嗯嗯，插卡就能查，您在电话里问我也一样，我现在帮您看。"),
    ("do_it_yourself", "签证材料清单我自己上官网找可以吗？", "嗯对，官网上有，我也把清单整理好发到您邮箱。"),
    ("take_or_leave", "这车的价格还能商量吗？", "嗯对，可以谈，我帮您跟车主再争取争取。"),
    ("impatience", "我是不是讲得太啰嗦了？", "一点不啰嗦，您讲得越细，我们给您配得越准。"),
    ("impatience", "我耳朵背，你能说大声点吗？", "好的，我放慢些、大声些，没听清您就叫我再说。"),
    ("sarcasm", "一天学会滑雪是不是想得太美了？", "不算想得美，报个一对一的体验课，一天能学会刹车和转弯。"),
    ("talking_down", "雅思和托福都分不清，是不是太外行了？", "不外行，好多家长头一次都分不清，我慢慢给您讲。"),
    ("talking_down", "九十二和九十五号油我老是搞混，不丢人吧？", "不丢人，很多车主都问过，您车的油箱盖里面就贴着标号。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("你们卖二手车的没一个老实的。", "您的顾虑我理解，车况报告我逐项发给您，哪一项不对我们负责。"),
    ("你是不是新来的，什么都不懂？", "确实是我刚才没讲明白，我换个说法再跟您说一遍。"),
    ("你们这钓具就是骗人的玩意儿。", "让您不满意了，我们先给您退换，您说说哪里不好用。"),
    ("再拖工期我就找电视台曝光你们。", "工期拖了是我们的责任，今天下班前我给您一个准确的完工日期。"),
    ("我都打了三次了，你们是不是都在睡觉？", "让您打了三次，是我们的问题，这次我跟到底。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我七十多了，跟老伴头一回来滑雪场，租的雪鞋太紧，脚都磨破了，想换一双，门口的小伙子说要排队，排了半个小时也没轮上。",
    "我给孙子买的那套鱼竿，说好是生日礼物，结果到货盒子都压扁了，竿梢还断了一截，孩子一看就哭了，我这当爷爷的脸上挂不住。",
    "我们家装修都三个月了，说好两个月完工，工人隔三差五不来，老房子拆得乱七八糟，我天天住在女儿家也不是个事。",
    "我那块表是我老伴留给我的，送到你们那儿修了一个月，拿回来表盘上多了一道划痕，我看着心里特别难受。",
]
HO_INTERRUPT_AGENT = [
    "鞋子我让人送到您跟前。",
    "断竿我们包换新的。",
    "工期我今天就找工长问。",
    "划痕我们负责处理好。",
]
HO_EARLY_AGENT = [
    "雪场的票分半天票和全天票，半天票上午场九点到一点，下午场一点到五点，全天票含一次午餐，雪具租赁另算，教练课要提前一天预约。",
    "二手车的交易流程是先看车试驾，满意了签合同交定金，我们帮您查保险和维修记录，然后去车管所过户，过户完三天内交车。",
    "留学申请一般提前一年准备，先考语言成绩，再选学校写文书，十月到来年一月递交申请，三月前后陆续出结果，最后办签证。",
]
# customers cut in with these: long enough to keep >= 1.5 s of talking over the agent
HO_EARLY_CUST = ["哎，你慢点慢点，我不是问这个，你先听我说。", "等下等下，我年纪大了，你讲这么多我记不住。",
                 "不是不是，你弄岔了，我问的是另外一码事。"]
HO_AFTER_INTERRUPT_CUST = ["你别打岔，我还没讲完。", "那你说吧。", "你先让我讲完嘛。"]
HO_AFTER_EARLY_AGENT = ["是我抢了您的话，您慢慢说。", "您先说，我仔细听着。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics)
HO_GENERIC_QA = [
    ("周日也有人接电话吗？", "嗯对，全年都有人值班。"),
    ("能用微信付钱吗？", "嗯嗯，微信支付宝都能付。"),
    ("要带什么证件吗？", "带上身份证原件就够了。"),
    ("多久能有结果？", "正常两到三个工作日出来。"),
    ("要另外收钱吗？", "这项不另外收费。"),
    ("有纸质的凭据吗？", "办完给您开一张收据。"),
    ("你们几点下班？", "人工服务到晚上九点。"),
    ("能不能加急办？", "好啊，我给您标成加急。"),
    ("别的城市也能办吗？", "是啊，全国都能办。"),
    ("办好了会告诉我吗？", "会的，办好了给您发消息。"),
    ("能开发票吗？", "发票可以开，个人和单位的都行。"),
    ("在手机上能看进度吗？", "公众号里随时能看。"),
    ("老年人有优惠吗？", "六十五岁以上打九折。"),
    ("换个人接待还能接着办吗？", "能接着办，记录都在系统里。"),
]
# Customers' long turns: the caller, often elderly, explains before asking.
HO_CUST_DETAIL = ["我年纪大了，耳朵不太灵光，你说话慢一点。",
                  "我是替我老伴打的，他腿脚不方便，说不了多久电话。",
                  "这个事我前天打过一回，说让我等消息，一直没等到。",
                  "我不太会用智能手机，网上那些我弄不明白。",
                  "孙子帮我拨的号，他过会儿还要去上学。"]
HO_CUST_SEARCH = ["你等等，我戴上老花镜看看单子。", "等我一下，单子在抽屉里，我去拿。"]
HO_CUST_FILLER_OPEN = ["嗯，", "呃，", "啊，", "呃，那个，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["手机号码麻烦您重复一遍？"],
    "name": ["您的姓名麻烦重复一遍？"],
    "id": ["证件号后六位麻烦重复一遍？"],
    "account": ["{acct_label}麻烦您重复一遍？"],
    "address": ["您的地址麻烦重复一遍？"],
}
HO_SLOT_ANSWER = {
    "phone": "手机号{phone_zh}。", "name": "我叫{name}。", "id": "后六位是{id6_zh}。",
    "account": "{acct_label}{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["刚才讲过了，", "", "行，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["我跟您核一遍，手机{phone_zh}，没错吧？"],
    "name": ["我跟您核一遍，您是{name}，没错吧？"],
    "id": ["我跟您核一遍，证件尾号{id6_zh}，没错吧？"],
    "account": ["我跟您核一遍，{acct_label}{acct_zh}，没错吧？"],
    "address": ["我跟您核一遍，地址是{address}，没错吧？"],
}
HO_READBACK_CUST = ["没错。", "嗯，对的。", "是这个。", "对，对。"]
HO_NEW_ASK = {
    "phone": ("到了能先打个电话给我吗？", "嗯对，可以先打，麻烦留个手机号码？", "{phone_zh}。", "好，这个号码记下了。"),
    "name": ("单子上要写名字吗？", "要写的，您的全名怎么写？", "{name}。", "好，写上了。"),
    "address": ("能送货上门吗？", "嗯嗯，能送，您给个详细地址？", "{address}。", "好，送货的地方记上了。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]),
                    ("account", ["卡号", "账号", "编号", "单号"]),
                    ("name", ["姓名", "名字", "全名", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["重复一遍", "再念", "再报", "再说", "报一下", "说一下", "是多少", "告知", "提供", "留个", "给个"]


# the slot an agent line asks for, or None (read-backs 「我跟您核一遍…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("核一遍",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so every one
# answers a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).  Some
# results are look-alikes: a polite 不算 / 不收 that is no refusal, 挂失 that is no hold.
HO_DOMAINS = {
    "ski": {
        "companies": [("雪岭滑雪度假区游客服务中心", "雪岭滑雪度假区游客服务中心")],
        "acct_label": "雪票订单号",
        "verify": [("麻烦报一下雪票订单号？", "{acct_zh}。", ["account"]),
                   ("购票人的姓名和手机号码是？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["买了周末的雪票，那天有事去不成了。", "周末的雪票想退掉。"],
             "result": ["查到了，您的雪票还没激活，可以全额退，也可以改到{due}，改期不收手续费，退款原路返回，大概三个工作日到账。"],
             "qa": [("退了以后还能再买吗？", "嗯对，随时能再买，价格按当天的算。")]},
            {"open": ["想给孙子报个滑雪教练课。"],
             "result": ["儿童课是一对一的，每节两个小时，教练姓{doctor}，特别会哄小朋友，头盔和护具都含在课费里。"],
             "qa": [("孩子几岁能学？", "嗯嗯，四岁以上就能学，再小的我们不建议。")]},
        ],
    },
    "fishing": {
        "companies": [("渔乐汇钓具商城客服部", "渔乐汇钓具商城客服部")],
        "acct_label": "钓具订单号",
        "verify": [("您的钓具订单号是多少？", "{acct_zh}。", ["account"]),
                   ("收货人的姓名和收货地址？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["新买的鱼竿头一回用就断了。", "鱼竿用了一回就断成两截。"],
             "result": ["看了您发的照片，断口在第二节接口处，属于质量问题，给您换一根新的，旧竿不用寄回，新竿{due}前发出。"],
             "qa": [("换的还是同一款吗？", "嗯嗯，同款同色，想要升级款补个差价就行。")]},
            {"open": ["想问问路亚新手买什么竿子合适。"],
             "result": ["新手建议先用两米一的中调竿，配两千型的纺车轮，整套四百块上下，店里的{doctor}师傅可以帮您把线绕好再发。"],
             "qa": [("能送点假饵吗？", "可以，新手套装里送五个常用的假饵。")]},
        ],
    },
    "usedcar": {
        "companies": [("车满意二手车交易服务中心", "车满意二手车交易服务中心")],
        "acct_label": "看车预约编号",
        "verify": [("请提供一下看车预约编号。", "{acct_zh}。", ["account"]),
                   ("您的姓名和联系电话？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["买的二手车开了一个礼拜，仪表盘亮故障灯了。", "车刚提了没几天就亮故障灯。"],
             "result": ["您的车在我们一年的质保期内，明天上午可以开到合作的维修店检测，质保范围内的问题全部免费，检测师傅姓{doctor}。"],
             "qa": [("质保包括发动机吗？", "嗯对，发动机和变速箱都在质保里。")]},
            {"open": ["我有辆旧车想卖掉，你们收吗？"],
             "result": ["收的，您把行驶证和车辆照片发过来，评估师{due}上门看车，当场报价，价格合适当天就能过户打款。"],
             "qa": [("过户要我本人去吗？", "要本人带身份证去一趟车管所，我们的人全程陪着。")]},
        ],
    },
    "studyabroad": {
        "companies": [("远帆留学咨询服务中心", "远帆留学咨询服务中心")],
        "acct_label": "留学申请编号",
        "verify": [("您的留学申请编号是多少？", "{acct_zh}。", ["account"]),
                   ("学生本人的姓名和证件号后六位？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["孩子的申请材料交上去了，学校一直没回音。", "申请递了一个多月，学校那边没消息。"],
             "result": ["学校已经收到全部材料，目前在审核阶段，往年这个专业{due}前后出结果，顾问{doctor}老师每周帮您看一次申请系统。"],
             "qa": [("能不能催一催学校？", "嗯嗯，顾问可以发邮件问进度，不过快慢还是看学校。")]},
            {"open": ["想了解一下去新加坡读研要准备什么。"],
             "result": ["一般要本科成绩单、语言成绩和两封推荐信，新加坡的学校看重平均分，我先给您约一次免费的背景评估。"],
             "qa": [("评估要收费吗？", "评估不收费，签了约才收服务费。")]},
        ],
    },
    "watch": {
        "companies": [("恒时名表维修服务中心", "恒时名表维修服务中心")],
        "acct_label": "送修凭证编号",
        "verify": [("请您报一下送修凭证编号。", "{acct_zh}。", ["account"]),
                   ("送修人的姓名和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["我的机械表修好拿回来，每天还是快两分钟。", "表修过以后走得还是快。"],
             "result": ["这种情况多半是游丝受了磁，属于返修，免费给您重新退磁调校，{due}可以来取，取表时附一张走时测试单。"],
             "qa": [("返修也要一个礼拜吗？", "嗯对，调校完要观察几天走时，一周左右。")]},
            {"open": ["老人留下一块旧怀表，想修一修。"],
             "result": ["老怀表要先拆开看机芯，检测免费，{doctor}师傅专门修老表，零件能配原装的尽量配原装的，报价出来之前不会动手。"],
             "qa": [("修好了能保修吗？", "嗯嗯，修过的部位保修一年。")]},
        ],
    },
    "matchmaking": {
        "companies": [("良缘婚恋服务中心", "良缘婚恋服务中心")],
        "acct_label": "会员档案编号",
        "verify": [("请问您的会员档案编号？", "{acct_zh}。", ["account"]),
                   ("您的姓名和联系手机？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["上回安排的见面，对方一直没来。", "约好的相亲，对方没到场。"],
             "result": ["是我们没对接好，对方临时出差没及时告知，这次不算您的见面次数，红娘{doctor}老师会在{due}前重新给您安排一位。"],
             "qa": [("对方的情况能先发我看看吗？", "嗯嗯，见面前会先把对方的基本资料发给您。")]},
            {"open": ["我想给儿子报个名，他自己不好意思打电话。"],
             "result": ["家长代报名可以，不过最后要孩子本人来做一次面谈，资料都是保密的，只有匹配上的会员才看得到。"],
             "qa": [("面谈要多长时间？", "一个小时左右，周末也能约。")]},
        ],
    },
    "fuelcard": {
        "companies": [("中原石化加油卡客户服务热线", "中原石化加油卡客户服务热线")],
        "acct_label": "加油卡卡号",
        "verify": [("请您提供加油卡卡号。", "{acct_zh}。", ["account"]),
                   ("持卡人身份证后六位是？", "{id6_zh}。", ["id"])],
        "issues": [
            {"open": ["网上给加油卡充了值，卡里没见着钱。", "线上充的钱没进卡里。"],
             "result": ["充值已经成功，钱在备用金里，您到任意一个加油站在机器上插卡圈存就能进卡，圈存完会出一张小票。"],
             "qa": [("哪个加油站都能圈存吗？", "嗯对，本省的加油站都能圈存。")]},
            {"open": ["加油卡丢了，里面还有钱。"],
             "result": ["先给您挂失，挂失后卡里的钱就冻结住了，七天后带身份证到营业网点补卡，余额会转到新卡上。"],
             "qa": [("补卡要钱吗？", "补卡工本费二十元。")]},
        ],
    },
    "renovation": {
        "companies": [("匠心家装客户服务中心", "匠心家装客户服务中心")],
        "acct_label": "装修合同编号",
        "verify": [("请报一下装修合同编号。", "{acct_zh}。", ["account"]),
                   ("房子的地址是？", "{address}。", ["address"])],
        "issues": [
            {"open": ["卫生间刚装好就漏水到楼下了。", "新装的卫生间往楼下渗水。"],
             "result": ["防水是我们做的，在五年质保期内，明天上午工长{doctor}师傅带人去查，楼下邻居家的损失也由我们来赔。"],
             "qa": [("查的时候要我在家吗？", "嗯嗯，要您在家开个门，大概两个小时。")]},
            {"open": ["想把厨房翻新，先问问价。"],
             "result": ["厨房翻新按面积和材料算，设计师可以{due}上门免费量房，出了效果图和报价您再决定做不做。"],
             "qa": [("旧橱柜你们帮忙拆吗？", "拆旧和清运都含在报价里。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["祝", "蒲", "窦", "耿", "纪", "虞", "冉", "游", "路", "连", "蒙", "封", "关", "喻", "涂", "卫"]
DOCTORS = SURNAMES           # the coach, the tackle master, the inspector, the adviser, the watchmaker ... by surname
NAMES = ["祝文涛", "蒲晓燕", "窦志宏", "耿秀兰", "纪明远", "虞佳琪", "冉国栋", "游春梅", "路振华", "连淑珍",
         "蒙建平", "封丽娟"]
AREAS = ["雪松苑", "临湖佳园", "景泰小区", "银杏里", "和平新村", "凤鸣花园"]
CITIES = ["哈尔滨", "张家口", "吉林", "宜昌", "洛阳", "泉州", "桂林", "襄阳"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["还有个事，我上个月反映的那个问题有下文了吗？", "哦对了，我之前报的那件事办好没有？"]
HOLD2_AGENT = "您上个月反映的那件事已经处理完了，处理结果前天短信发给您了。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
