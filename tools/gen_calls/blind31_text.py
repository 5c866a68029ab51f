# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind31`` (dev only): the thirty-first blind evaluation set for issue 11.

Written by a thirty-first writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette),
without reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py and
blind10_text.py to blind30_text.py.  Eight business lines none of them had: a hot-pot chain's
delivery line (火锅外卖), a falconry centre (猛禽驯养 / 鹰猎), a typewriter repair shop (打字机维修),
a rice-paddy tour operator (稻田观光), a canoe rental (皮划艇租赁), a lantern-festival ticket office
(灯会票务), a puppet theatre's box office (木偶剧院) and a hairy-crab voucher hotline (大闸蟹提货券).
Each line is answered by "the holiday-rush hotline": brisk, cheerful agents under pressure in the
festival peak, who sometimes hurry the closing; stressed callers with last-minute bookings who say
the same thing twice.
Other 工号 forms (节日专线, 高峰值守席, 增援坐席, 假日班, 春节值班台, 应急专席, 临时加开线路, plain
numbers), offers of help, closings, hold announcements and returns in other words, 服务禁语 in seven
families, and hard negatives.

Two openings are unusual but acceptable: one first thanks the caller for queueing through the peak;
one first gives a festival wish before naming the centre and the agent.

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

HO_DOMAINS_LIST = ["hotpot", "falconry", "typewriter", "paddytour", "canoe", "lantern", "puppet", "crabvoucher"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说", "那么"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number in a form no earlier writer used, an offer of help; all fit any centre.  Two
# are unusual but acceptable: thanks for queueing through the peak first; a festival wish first.
HO_GREETINGS = [
    "您好，{hotline}节日专线，{agent_zh}号话务员在线，您想订什么、改什么，直接告诉我。",
    "{tod}，{hotline}高峰值守席{agent_zh}号，请问这会儿有什么要帮您安排的？",
    "您好，{hotline}，增援坐席{agent_zh}号接起来了，有什么事您说，我尽快给您办。",
    "{tod}，欢迎拨打{hotline}，假日班{agent_zh}号为您服务，请问要办点什么？",
    "您好，这边是{hotline}春节值班台，我是{agent_zh}号，小{agent_surname}，您请说需求。",
    "您好，节前线路排队久，谢谢您一直等到现在，这里是{hotline}应急专席{agent_zh}号，您要办的事我先记下来。",
    "您好，先给您拜个早年，这边是{hotline}，临时加开线路{agent_zh}号，今天想预订还是问点事情？",
    "{tod}，{hotline}{agent_zh}号，很乐意为您效劳，请讲。",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["喂，快点，排着队呢。", "有事说事，抓紧。", "喂喂，哪位，啥事？", "又一个，说吧。", "喂，订满了，还要问啥？",
                    "忙着呢，有话快讲。"]

# ---- closings
HO_CLOSING_ASK = ["趁我还在线，您还有什么要一并办的吗？", "除了这件，还有别的要我顺手处理的吗？",
                  "您这边还有其他要安排的事情吗？", "还需要我再帮您看点别的吗？"]
HO_CLOSING_CUST = ["没了，就这些。", "暂时没有。", "就这个，办好就行。", "没别的了，你忙。", "好了好了，没了。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; one without 再见
# (thanks plus wishes), which is acceptable; some hurried, as in the peak.
HO_CLOSING_BYE = {
    None: ["高峰期线路紧，谢谢您的理解，祝您节日快乐。",
           "都给您落实好了，谢谢来电，过节愉快，再见。",
           "那我这边先挂了哈，感谢您的耐心，节日快乐，再见。",
           "办妥了，谢谢您特意打进来，祝您假期顺顺当当，再见。",
           "就先这样，谢谢您，过年好，再见。"],
    "hotpot": ["感谢您点我们家的锅，祝您全家吃得热热闹闹，再见。"],
    "falconry": ["谢谢您来看鹰，祝您玩得尽兴，再见。"],
    "typewriter": ["感谢您信任我们修这台老机器，祝您早日用上，再见。"],
    "paddytour": ["谢谢您选我们看稻田，祝您一路好风景，再见。"],
    "canoe": ["感谢您来划船，祝您水上玩得开心，注意安全，再见。"],
    "lantern": ["谢谢您来看灯会，祝您元宵团圆，再见。"],
    "puppet": ["感谢您带家人来看木偶戏，祝您看得开心，再见。"],
    "crabvoucher": ["谢谢您的支持，祝您吃蟹吃得满意，再见。"],
}
HO_CLOSING_CUST_BYE = ["好嘞，再见。", "嗯，好，拜拜。", "行，挂了。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["好，搞定，下一个。", "就这么定了，我这边还排着一串呢。", "订上了，别的再打。", "行，就这，先撂了。",
                   "单子出来了，短信自己看。", "完了完了，没事了。"]
HO_BAD_CLOSING_CUST = ["哎，这就挂了？", "等等，我话还没说完。", "过节就这服务态度？", "喂？喂？"]

# ---- holds: announcements in other words (the agent checks availability, the booking screen, the
# warehouse); thanks on return in other words; returns without thanks; none promises music (it is
# drawn per hold), and all fit any centre.
HO_HOLD_ANNOUNCE = ["节日名额变动快，我去后台刷一下余量，请您别挂机，我这就回来。",
                    "我得跟排班那边确认一下有没有空位，您先保持通话，稍候就好。",
                    "这个要看仓库里还有没有现货，麻烦您稍候，我去问库管。",
                    "请您拿着电话等我一下，我把预订系统的余位调出来。",
                    "高峰期系统有点卡，我把您的电话先挂在等待上，您别挂，我去另一台机器查。",
                    "我找主管批一下这个加急，请先不要挂断，很快给您答复。",
                    "名额的事我得找调度问，您在线稍等，我尽快回来。"]
ANNOUNCE_RE = "别挂|稍候|不要挂断|在线稍等|等我一下"
HO_HOLD_THANKS = ["不好意思高峰期让您多等了，余位我看到了。", "谢谢您等这一阵，排班那边回话了。",
                  "让您等久了，抱歉，库管刚查完。", "辛苦您等着，主管批下来了。",
                  "多谢您耐着性子，调度那边给了准信。"]
HO_THANKS_WORDS = ["谢谢", "感谢", "多谢", "久等", "久候", "麻烦您", "辛苦", "抱歉", "不好意思", "劳驾", "有劳", "难为",
                   "让您等", "耽搁", "劳烦", "过意不去", "干等", "空等", "对不住", "对不起", "耐心", "多亏", "劳您",
                   "耽误", "占用", "耐着性子", "谢了", "谢啦", "候着", "等了", "承蒙", "费心", "烦请", "恳请", "没挂",
                   "等着", "等候", "辛劳", "包涵", "见谅", "体谅", "着急", "守着", "没走开", "等我", "陪着", "费神",
                   "受累", "持线", "等待", "烦劳", "万分", "敬请", "静候", "恭候", "劳您久", "熬着", "陪我等", "担待",
                   "歉意", "失礼", "打扰", "添麻烦", "等这一阵", "多等", "等久", "理解"]
HO_RESUME_NO_THANKS = ["余位显示还有六个，今晚七点那场可以订。", "排班那边说周五下午能给您加一位。",
                       "库里还有三箱，今天能发。", "主管同意按原价给您改期。", "调度给您排到明天上午的第二批。"]
HO_UNANNOUNCED_PRE = ["我看下余位表。", "我翻翻今天的排班。", "我对一对库存。", None, None]
# words a return without thanks, or the line before an unannounced hold, must not have
NOT_ANNOUNCING = ["等", "稍", "挂", "候", "线上", "在线", "别收", "收线", "搁", "音乐", "提示音", "片刻", "马上", "一会儿",
                  "一下", "别走", "静音", "安勿躁", "回来", "断", "旋律", "握着", "安静", "结束通话", "离开", "听筒",
                  "保留", "没声音", "端着", "放下", "线路", "电话", "别放", "拿着", "小曲", "撂", "多待", "保持",
                  "走开", "接回", "不挂", "通话", "一阵", "暂停", "挂机", "掉线", "座位", "一分钟", "话筒", "去去就",
                  "很快", "内线", "接到", "持机", "拿稳", "中断", "听不到", "守在", "转入", "恢复", "座席", "请示", "维持",
                  "两分钟", "半分钟", "请勿", "尽快", "不会太久", "不会长", "这就", "核实", "呼", "叫醒", "问问", "机子",
                  "打给", "不要", "留在", "别挂", "左右", "进系统", "请教", "走过去", "那头", "一两分钟", "听着",
                  "调取", "查阅", "答复", "暂候", "静候", "立刻", "回复您", "对讲", "里屋", "叫上", "休息室", "旁边",
                  "拨个", "去问", "喊", "进去", "问完", "去跟", "去培训", "找找", "设成", "帮我调", "去核对", "去查",
                  "刷一下", "后台", "另一台", "调出来", "去问库管", "找主管", "找调度"]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic).  Two are hard
# negatives: a look-alike of a hold announcement (the answer is on the screen already; no hold
# follows) and a look-alike of a closing (a thank-you in mid-call, then on to the next matter).
HO_ACK_AGENT = ["是啊，这几天打进来的都是订节日场的，我给您抓紧。", "好啊，那就按您说的两位来订。",
                "是啊，过节名额紧，您打得正是时候。",
                "余位表就在我屏幕上开着，不用另外去查，我直接念给您。",
                "太感谢您把单号先准备好了，省了不少时间，咱们接着说付款。"]
HO_ACK_CUST = ["嗯，好好。", "你快点啊。", "行，明白。", "噢。", "对对，然后呢。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["嗯嗯。", "收到。", "好嘞。", "在听。", "是。", "明白。"]
HO_CUST_BC = ["嗯。", "好好。", "是。", "然后。", "行行。", "嗯嗯。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "外卖送到锅底都洒了。", "您下单不备注平放，洒了只能怪您没写清楚。", "只能怪您没写清楚"),
    ("blame_customer", "打字机修好回来又卡纸了。", "那是您纸塞歪了，机器本身一点毛病没有。", "您纸塞歪了"),
    ("blame_customer", "皮划艇划到一半就进水了。", "您上船的姿势就不对，水是您自己踩进来的。", "水是您自己踩进来的"),
    ("refuse_responsibility", "灯会门票扣了钱没出票。", "扣款是银行的事，跟我们票务没有半点关系。", "跟我们票务没有半点关系"),
    ("refuse_responsibility", "蟹券提货提出来的蟹是死的。", "蟹是养殖场发的货，死活您问养殖场。", "死活您问养殖场"),
    ("refuse_responsibility", "观光车在稻田那边抛锚了。", "车是外包的，抛锚这种事别往我们头上算。", "别往我们头上算"),
    ("do_it_yourself", "木偶剧的场次表在哪儿看？", "售票小程序首页就挂着，您自己划两下不就看到了。", "自己划两下不就看到了"),
    ("do_it_yourself", "蟹券怎么预约提货？", "券背面印着步骤，照着一步步自己弄。", "照着一步步自己弄"),
    ("do_it_yourself", "看鹰表演要提前预约吗？", "官网上白纸黑字写着，您眼睛往下瞄一眼就知道。", "眼睛往下瞄一眼"),
    ("take_or_leave", "火锅能不能晚半小时送？", "节日就这个时段，要就要，不要就退单。", "要就要，不要就退单"),
    ("take_or_leave", "灯会能不能换个日期？", "票一经售出概不更改，爱来不来。", "爱来不来"),
    ("take_or_leave", "划船能不能少算一个小时？", "按钟点收，一分不让，嫌贵换地方划。", "嫌贵换地方划"),
    ("impatience", "蟹到底哪天能发？", "说了节后节后，您耳朵听不进去是吧。", "耳朵听不进去是吧"),
    ("impatience", "火锅多久能送到？", "后面排着几十个电话呢，别揪着我一个人问。", "别揪着我一个人问"),
    ("impatience", "木偶剧到底几点开场？", "七点半，七点半，七点半，够清楚了没有。", "够清楚了没有"),
    ("sarcasm", "打字机能不能修得跟新的一样？", "几十年的老古董想跟新的一样，您这要求可真不高。", "您这要求可真不高"),
    ("sarcasm", "看鹰能不能让鹰停在我手上？", "让鹰落您手上，您咋不说让它给您叼个红包呢。", "给您叼个红包"),
    ("sarcasm", "稻田游能保证天天晴天吗？", "晴天我们也包，要不顺便给您把彩虹也挂上。", "把彩虹也挂上"),
    ("talking_down", "打字机的色带怎么换？", "连色带都不会换，玩什么老打字机。", "玩什么老打字机"),
    ("talking_down", "皮划艇桨怎么拿？", "这点常识都没有，下水也是给救生员添活儿。", "给救生员添活儿"),
    ("talking_down", "木偶是用线拉的还是手套的？", "您连这个都分不清，带孩子来也讲不明白。", "带孩子来也讲不明白"),
]
HO_FORBIDDEN_REACT = ["过个节你们就这么横？", "你工号多少，我要投诉你。",
                      "有你这么跟顾客说话的吗？", "叫你们值班经理来接电话。"]
# Agent hard negatives: taboo-ish words in acceptable service language; five answer the yes-no
# question with 嗯对 / 嗯嗯 (look-alikes are reached far more surely than small talk).
HO_LOOKALIKES = [
    ("blame_customer", "锅底洒了是不是我没写备注的缘故？", "嗯嗯，备注会有点帮助，不过汤洒了主要是我们打包没封严，我们给您重送一份。"),
    ("blame_customer", "卡纸是不是我纸放歪了？", "有可能，您别担心，我们师傅上门顺手给您调一下进纸口。"),
    ("refuse_responsibility", "扣了钱没出票是银行的问题吗？", "嗯对，是支付通道延迟，不过票我们这边先给您补出来，钱的事我们跟银行对。"),
    ("refuse_responsibility", "观光车是外包的你们还管吗？", "管的，车是我们安排的，您的行程我们负责到底。"),
    ("do_it_yourself", "场次表小程序首页有吗？", "嗯嗯，首页就有，我也顺便给您报一下，周末下午两点和晚上七点半各一场。"),
    ("do_it_yourself", "预约步骤券背面有吗？", "有的，您要是看着费劲，我现在在电话里替您约上。"),
    ("take_or_leave", "节日是不是只能这个时段送？", "嗯对，节日时段比较紧，不过我可以帮您看看能不能插到晚一点的批次。"),
    ("take_or_leave", "门票是不是不能改日期？", "原则上不改，不过您这种情况我帮您申请一次改签。"),
    ("impatience", "我是不是问得太细了？", "嗯嗯，一点都不细，节日出行多问几句应该的，我慢慢跟您说。"),
    ("impatience", "打了三遍会不会烦到你们？", "不会的，您打几遍我们都接，蟹一发货就短信通知您。"),
    ("sarcasm", "老打字机能修得跟新的一样吗？", "完全跟新的一样不敢保证，不过打字顺畅没问题，外壳也能给您抛个光。"),
    ("talking_down", "我第一次划皮划艇，能教我怎么拿桨吗？", "好啊，下水前教练会手把手教，十分钟就能学会。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("你们这节日专线是摆设吧？打了半小时才通。", "实在抱歉让您排了这么久，您的事我现在优先办。"),
    ("别跟我客套，直接说有没有票。", "有的，晚上那场还剩四张，我这就给您锁上。"),
    ("你是不是临时工？什么都答不上来。", "我是节日增援的，您的问题我都记下了，一条条给您落实。"),
    ("再订不上我就去别家了。", "理解您着急，我先给您占个位，确认了再付款。"),
    ("你们这效率真够呛。", "您说得对，过节人多是我们没安排好，我抓紧给您办。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我年三十订了你们的火锅外卖，说好五点前送到，结果七点多才来，锅底洒了一半，肉也少了两盒，一家人等着吃年夜饭，打你们电话打了十几次都占线。",
    "我们一家六口报了你们的稻田观光，说好有大巴接，到了集合点等了一个多钟头没人来，打导游的电话关机，最后自己打车过去的，门票还要另外交。",
    "我公司发的大闸蟹提货券，上个礼拜就预约了，说好三天内到，到现在一点消息都没有，网上查物流一直是待揽收，过节送人就等着这个。",
    "我在灯会现场排了两个钟头的队，到了闸口说我的二维码已经用过了，可我根本没进去过，工作人员让我打你们电话，电话又一直转不进来。",
]
# long enough (12 字) that even the fastest agent of this set talks over the caller for >= 1.5 s
HO_INTERRUPT_AGENT = [
    "送晚了还少了东西是我们的错，我马上给您全额退款再补两盒肉。",
    "接驳的车没到是我们的失误，您打车的钱和门票钱我们都报销。",
    "蟹券的单子我现在就给您催，今天之内一定安排顺丰发出去。",
    "二维码被误核销了，我这边立刻给您重新出一张今晚能用的票。",
]
HO_EARLY_AGENT = [
    "木偶剧院节日场的购票规则我简单跟您说一下，每个订单最多六张票，一米二以下的儿童免票但不占座，开演前半小时检票，开演十五分钟后就不能入场了，剧场里面不能吃东西也不能拍照。",
    "皮划艇租赁的流程是这样的，先到码头的服务点出示订单，每个人签一份安全须知，领救生衣和桨，教练先讲十分钟的岸上课，然后才能下水，还船的时候要把救生衣一起交回来。",
    "看鹰表演的安排我跟您过一遍，园区早上九点开门，上午十点和下午三点各一场飞行表演，每场四十分钟，表演完有十五分钟可以跟驯鹰师合影，戴手套让鹰落在手臂上要另外买体验券。",
]
# callers cut in with these: long enough to keep >= 1.5 s of talking over the agent
HO_EARLY_CUST = ["这些我都看过了，我就问今晚还有没有票。", "行了行了别念了，你就说码头在哪儿。",
                 "我知道我知道，体验券多少钱一张。"]
HO_AFTER_INTERRUPT_CUST = ["你让我把话说完。", "我话还没讲完呢。", "好吧，你先说。"]
HO_AFTER_EARLY_AGENT = ["好的，那我直接说您要的。", "明白，我捡重点说。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics)
HO_GENERIC_QA = [
    ("你们大年初一上班吗？", "嗯对，初一照常营业，就是上午晚开一个钟头。"),
    ("能用支付宝付吗？", "嗯嗯，支付宝和微信都行。"),
    ("坐公交怎么过去？", "坐二十六路到终点站，下车就能看到我们的牌子。"),
    ("停车位紧不紧？", "节日期间比较紧，建议您早上九点前到。"),
    ("能开个人发票吗？", "能开，付款以后在订单里点开票就可以。"),
    ("团体订有优惠吗？", "十个人以上打八八折。"),
    ("现在订还来得及吗？", "来得及，今天订的明天就能排上。"),
    ("退订要手续费吗？", "提前两天退全款，前一天退收两成。"),
    ("刚才那个价格你再说一遍？", "好的，我再报一次，两位一共三百二。"),
    ("你们有别的门店吗？", "城东和城北各有一家，节日期间都开。"),
    ("能送到郊区吗？", "二十公里以内都送，远一点加十块配送费。"),
    ("学生有优惠吗？", "凭学生证打九折，节假日也能用。"),
    ("过节价格会涨吗？", "春节七天统一上调一成，其他时间按原价。"),
    ("可以预约下个月的吗？", "下个月的名额下周一开放。"),
    ("老人小孩有什么要注意的？", "七十岁以上建议有家人陪同，小孩要大人看着。"),
    ("能给我发个确认短信吗？", "订完系统会自动发一条，您留意一下手机。"),
]
# Customers' long turns: stressed last-minute bookers who say the same thing twice.
HO_CUST_DETAIL = ["我今天一定得订上，今天一定得订上，亲戚明天就到了。",
                  "我已经打了好几遍了，真的好几遍了，一直占线。",
                  "就差这一件事了，过节前就差这一件事。",
                  "我跟你说啊，时间真的来不及了，真的来不及。",
                  "上午我就订过一次，上午就订过，怎么系统里没有？",
                  "麻烦你快一点，我在高速上，马上要进隧道了。"]
HO_CUST_SEARCH = ["等会儿，我翻一下短信。", "你等下，我找找那张券。"]
HO_CUST_FILLER_OPEN = ["嗯，", "呃，", "啊，", "呃，那个，", "嗯，我想想，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["抱歉线路有点杂，手机号码麻烦您再报一下。"],
    "name": ["抱歉线路有点杂，名字麻烦您再报一下。"],
    "id": ["抱歉线路有点杂，身份证后六位麻烦您再报一下。"],
    "account": ["抱歉线路有点杂，{acct_label}麻烦您再报一下。"],
    "address": ["抱歉线路有点杂，地址麻烦您再报一下。"],
}
HO_SLOT_ANSWER = {
    "phone": "{phone_zh}。", "name": "{name}。", "id": "{id6_zh}。",
    "account": "{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["我再说一遍，", "", "听好了啊，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["我给您复念一遍，手机{phone_zh}，您听听对不对？"],
    "name": ["我给您复念一遍，{name}，您听听对不对？"],
    "id": ["我给您复念一遍，身份证尾号{id6_zh}，您听听对不对？"],
    "account": ["我给您复念一遍，{acct_label}{acct_zh}，您听听对不对？"],
    "address": ["我给您复念一遍，{address}，您听听对不对？"],
}
HO_READBACK_CUST = ["对的。", "没错没错。", "嗯，对。", "对，就是这个。"]
HO_NEW_ASK = {
    "phone": ("能换个手机号接通知吗？", "嗯嗯，能换，请告诉我新的手机号码。", "{phone_zh}。", "好嘞，通知改发新号码了。"),
    "name": ("能改成我爸的名字取票吗？", "可以，请告诉我取票人的全名。", "{name}。", "好，取票人已经换过来了。"),
    "address": ("能改送到我丈母娘家吗？", "嗯对，可以改，请告诉我新的收货地址。", "{address}。", "好嘞，收货的地方改好了。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]),
                    ("account", ["卡号", "账号", "编号", "单号"]),
                    ("name", ["姓名", "名字", "全名", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["再报一下", "请告诉我", "请提供", "是多少", "报给我"]


# the slot an agent line asks for, or None (read-backs 「我给您复念一遍…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("我给您复念一遍",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so most
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).
HO_DOMAINS = {
    "hotpot": {
        "companies": [("沸腾时光火锅外卖", "沸腾时光火锅外卖")],
        "acct_label": "火锅外卖订单号",
        "verify": [("火锅外卖订单号报给我一下。", "{acct_zh}。", ["account"]),
                   ("下单人的名字和手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["年夜饭的火锅送晚了两个钟头。", "送来的锅底洒了一半。"],
             "result": ["给您重送一份，{doctor}店长{due}前安排骑手。"],
             "qa": [("重送的要再付钱吗？", "嗯嗯，不用付，是我们的问题。")]},
            {"open": ["初二想订一桌十个人的火锅外卖。"],
             "result": ["十人套餐可以订，{doctor}经理{due}前给您确认菜单。"],
             "qa": [("能多要两口锅吗？", "嗯对，能加，锅和电磁炉都免费借。")]},
        ],
    },
    "falconry": {
        "companies": [("长空猛禽驯养园", "长空猛禽驯养园")],
        "acct_label": "观鹰体验单号",
        "verify": [("观鹰体验单号报给我一下。", "{acct_zh}。", ["account"]),
                   ("预约人的名字和身份证后六位是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["下雨天的飞行表演取消了。", "买的架鹰体验没安排上。"],
             "result": ["给您改到晴天的场次，{doctor}驯鹰师{due}前联系您。"],
             "qa": [("改场次要补钱吗？", "嗯嗯，不补，天气原因改场都免费。")]},
            {"open": ["想带孩子的班级来研学看鹰。"],
             "result": ["研学团可以接，{doctor}老师{due}前把方案发给您。"],
             "qa": [("孩子能摸老鹰吗？", "嗯对，戴手套在驯鹰师看着下可以摸。")]},
        ],
    },
    "typewriter": {
        "companies": [("铅字声老打字机修理铺", "铅字声老打字机修理铺")],
        "acct_label": "打字机维修单号",
        "verify": [("打字机维修单号报给我一下。", "{acct_zh}。", ["account"]),
                   ("送修人的名字和手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["修好的打字机又卡纸了。", "送修一个月还没修好。"],
             "result": ["免费给您返修，{doctor}师傅{due}前修好寄回。"],
             "qa": [("返修的运费谁出？", "嗯嗯，我们出，来回都包了。")]},
            {"open": ["家里有台老打字机想修好当礼物。"],
             "result": ["可以先估个价，{doctor}师傅{due}前给您报价。"],
             "qa": [("零件还能配到吗？", "嗯对，大部分能配，配不到的我们手工做。")]},
        ],
    },
    "paddytour": {
        "companies": [("稻香田园观光旅行社", "稻香田园观光旅行社")],
        "acct_label": "稻田游行程单号",
        "verify": [("稻田游行程单号报给我一下。", "{acct_zh}。", ["account"]),
                   ("出行人的名字和手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["接驳大巴没来，我们自己打车去的。", "观光车在半路抛锚了。"],
             "result": ["车费给您报销，{doctor}导游{due}前把钱退到原账户。"],
             "qa": [("报销要发票吗？", "嗯嗯，要，打车的电子发票发过来就行。")]},
            {"open": ["国庆想带爸妈去看稻田。"],
             "result": ["国庆的团还能报，{doctor}导游{due}前给您留位置。"],
             "qa": [("老人走得动吗？", "嗯对，走得动，全程栈道，有观光车接送。")]},
        ],
    },
    "canoe": {
        "companies": [("碧波皮划艇租赁码头", "碧波皮划艇租赁码头")],
        "acct_label": "皮划艇租赁单号",
        "verify": [("皮划艇租赁单号报给我一下。", "{acct_zh}。", ["account"]),
                   ("租船人的名字和身份证后六位是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["划到一半船进水了。", "押金还船以后一直没退。"],
             "result": ["给您退一半租金，{doctor}领队{due}前把押金一起退回。"],
             "qa": [("退款几天能到？", "嗯嗯，三个工作日内到账。")]},
            {"open": ["想订五条双人艇团建用。"],
             "result": ["五条可以留，{doctor}领队{due}前跟您确认出发时间。"],
             "qa": [("能配个教练跟船吗？", "嗯对，能配，五条船配一个教练。")]},
        ],
    },
    "lantern": {
        "companies": [("华灯璀璨灯会票务中心", "华灯璀璨灯会票务中心")],
        "acct_label": "灯会电子票编号",
        "verify": [("灯会电子票编号报给我一下。", "{acct_zh}。", ["account"]),
                   ("购票人的名字和手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["扣了钱却没收到电子票。", "到了闸口说二维码已经用过了。"],
             "result": ["给您重新出票，{doctor}主管{due}前把新票发到手机上。"],
             "qa": [("新票当天能用吗？", "嗯嗯，能用，发过去就生效。")]},
            {"open": ["元宵节想订二十张团体票。"],
             "result": ["团体票可以订，{doctor}主管{due}前给您出团单。"],
             "qa": [("团体能走专门的入口吗？", "嗯对，有团体通道，凭团单进。")]},
        ],
    },
    "puppet": {
        "companies": [("提线木偶剧院售票处", "提线木偶剧院售票处")],
        "acct_label": "木偶剧购票单号",
        "verify": [("木偶剧购票单号报给我一下。", "{acct_zh}。", ["account"]),
                   ("取票人的名字和收货地址是多少？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["买的亲子票座位被分开了。", "纸质票寄错了场次。"],
             "result": ["给您换成连座，{doctor}经理{due}前把新票寄出。"],
             "qa": [("换座要加钱吗？", "嗯嗯，不加，是我们排错了。")]},
            {"open": ["想给幼儿园包一场木偶戏。"],
             "result": ["包场可以谈，{doctor}经理{due}前把报价单发您。"],
             "qa": [("演完能让孩子上台看木偶吗？", "嗯对，可以，演员会带孩子们玩一会儿。")]},
        ],
    },
    "crabvoucher": {
        "companies": [("湖鲜大闸蟹礼券服务中心", "湖鲜大闸蟹礼券服务中心")],
        "acct_label": "蟹券卡号",
        "verify": [("蟹券卡号报给我一下。", "{acct_zh}。", ["account"]),
                   ("收货人的名字和收货地址是多少？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["提货预约了一个礼拜还没发货。", "收到的蟹有三只是死的。"],
             "result": ["给您补发一箱，{doctor}主管{due}前安排冷链发出。"],
             "qa": [("补发的还是一样大的吗？", "嗯嗯，一样，公蟹四两母蟹三两。")]},
            {"open": ["公司想订一百张蟹券发员工。"],
             "result": ["一百张可以订，{doctor}经理{due}前给您出合同。"],
             "qa": [("能印上公司的名字吗？", "嗯对，能印，券面和礼盒都可以定制。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["西门", "南宫", "端木", "百里", "呼延", "澹台", "赫连", "拓跋", "轩辕", "太史", "濮阳", "左丘", "申屠",
            "仲孙", "公冶", "宗政"]
DOCTORS = SURNAMES           # the shop manager, the falconer, the repairer, the guide ... by surname
NAMES = ["西门雨桐", "南宫浩然", "端木清扬", "百里若溪", "呼延志刚", "澹台明月", "赫连思齐", "拓跋晓岚", "轩辕子墨",
         "太史佳慧", "濮阳一鸣", "左丘雪晴"]
AREAS = ["稻浪新苑", "灯市口小区", "湖畔人家", "鹰嘴岭社区", "红枫里", "水乡花园"]
CITIES = ["自贡", "盘锦", "婺源", "阳朔", "泰州", "潮州", "龙岩", "荆门"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["还有，我上次的退款到账了吗？", "另外我的优惠券怎么用不了？"]
HOLD2_AGENT = "退款和优惠券都帮您看了，退款昨天已经原路返回，优惠券过期的那张我给您重新发了一张。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
