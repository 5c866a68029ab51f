# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind43`` (dev only): the forty-third blind evaluation set for issue 11.

Written by a forty-third writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette),
without reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py and
blind10_text.py to blind42_text.py.  "The transit lost-and-found and fare-dispute line at evening
rush hour": eight centres none of them had: a metro line's lost-and-found office (地铁三号线失物
招领处), an airport express rail's fare desk (机场快线票务处), an intercity carpool platform's
rider-complaint desk (城际拼车乘客投诉台), an airport shuttle-coach company (机场巴士公司), a
double-decker sightseeing-bus operator (城市观光巴士), a bus-rapid-transit operator (快速公交运营
公司), a city tram operator (有轨电车运营公司) and a night-bus dispatch office (夜班公交调度室).
Callers hurried and out of breath in a crowded station or on a platform, some describing a lost
item at length, some disputing a fare twice; agents calm and methodical.  The agent checks the
lost-property log or rings the station while the caller holds.
Other 工号 forms (失物台 …号登记员, 票务窗 …号, 申诉专席 with a surname and 席次, 车调台 …号,
站务热线第…路, 乘客帮办 …号, 车务专线 …号答询员, 晚高峰临时席 …号), offers of help, closings,
hold announcements and returns in other words, 服务禁语 in seven families, and hard negatives
(look-alikes of taboo lines, of a hold announcement and of a closing; rude callers answered
politely).

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

HO_DOMAINS_LIST = ["metrolost", "airportexpress", "carpool", "airportcoach", "sightseeingbus",
                   "brt", "tram", "nightbus"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说", "那么"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number in a form no earlier writer used, an offer of help; all fit any centre.
HO_GREETINGS = [
    "您好，{hotline}失物台{agent_zh}号登记员，丢了什么、在哪一站丢的，您喘口气慢慢告诉我。",
    "{tod}，{hotline}票务窗{agent_zh}号，车费扣得不对的地方，我陪您一笔一笔捋。",
    "您好，这里是{hotline}，申诉专席，我姓{agent_surname}，席次{agent_zh}，路上遇到的麻烦您只管说。",
    "{tod}，{hotline}车调台{agent_zh}号，车上落了东西还是票价有疑问，我都能替您查。",
    "您好，{hotline}站务热线第{agent_zh}路，站台上吵的话您大点声，我这边听着。",
    "{tod}，{hotline}乘客帮办{agent_zh}号，您先别急着赶车，事情交给我来跟。",
    "您好，{hotline}车务专线{agent_zh}号答询员，哪一趟车出的岔子，您说个大概就行。",
    "{tod}，{hotline}晚高峰临时席{agent_zh}号，人多车挤的时候最容易出状况，我帮您兜着。",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["喂，丢东西了？讲。", "晚高峰电话打不完，你捡要紧的说。", "哪趟车，快点。", "又扣多了钱是吧，说吧。",
                    "站里吵死了，大声点讲。", "喂喂，落了啥？"]

# ---- closings
HO_CLOSING_ASK = ["趁记录还开着，路上还有别的不顺心的事要说吗？", "失物和车费都交代清楚了，您还有要补充的吗？",
                  "您赶车之前，还有哪一处想再问问？", "这件事办妥了，别的方面还需要我出点力吗？"]
HO_CLOSING_CUST = ["没了，东西找着就好。", "就这一桩，我得上车了。", "暂时想不起来别的，先这样。",
                   "没有了，听你一讲心里踏实了。", "应该就这些，你说得很清楚。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; one without 再见.
HO_CLOSING_BYE = {
    None: ["失物登记已经生成，谢谢您在站台上还耐着性子跟我对细节，再见。",
           "感谢您在这么挤的钟点还把经过讲得这样明白，再见。",
           "谢谢您一边赶路一边配合核对，祝您今晚顺顺利利到家。",
           "有了结果车站会主动联系您，感谢您今天打进来说明情况，再见。",
           "谢谢您把扣费记录一条条念给我，多扣的钱一定给您理清，再见。"],
    "metrolost": ["谢谢您信任我们三号线，祝您的东西早点物归原主，再见。"],
    "airportexpress": ["感谢您乘坐机场快线，祝您航班准点、一路平安，再见。"],
    "carpool": ["谢谢您选我们拼车出行，祝您下一程坐得舒心，再见。"],
    "airportcoach": ["感谢您搭乘机场巴士，祝您行李一件不少地到家，再见。"],
    "sightseeingbus": ["谢谢您坐我们的观光巴士，祝您在城里玩得尽兴，再见。"],
    "brt": ["感谢您乘坐快速公交，祝您每天通勤都顺畅，再见。"],
    "tram": ["谢谢您搭我们的有轨电车，祝您晚上回家一路安稳，再见。"],
    "nightbus": ["感谢您这么晚还坐我们的夜班车，祝您平平安安到家，再见。"],
}
HO_CLOSING_CUST_BYE = ["好，那我等车站来电。", "行，我先上车了。", "好的好的，挂了啊。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["登记了，有消息会通知。", "就这样，钱多退少补。", "行了，后头一长串人等着呢。", "找不着也没法子，先这样。",
                   "完了，我这边收线。", "票价就是这个，没得改。"]
HO_BAD_CLOSING_CUST = ["啊？那我的包到底能不能找回来？", "等等，多扣的钱你还没说退不退。", "喂？这就完事了？",
                       "先别挂，我还得问去哪儿领东西。"]

# ---- holds: announcements in other words (the agent checks the lost-property log or rings the
# station); thanks on return in other words; returns without thanks; none promises music, and all
# fit any centre.
HO_HOLD_ANNOUNCE = ["我翻一下今晚的失物登记簿，请您稍候片刻。",
                    "我打给终点站的站务员问问，麻烦您别挂。",
                    "我调这趟车的刷卡流水，请您在线稍等。",
                    "我联系车队调度核对一下车牌，您先保持通话。",
                    "我去看保管柜里新收的东西，请您稍等一两分钟。",
                    "我让站台巡查的同事去座位底下找找，请您不要挂机。",
                    "我把计价规则和您的行程对一遍，您先别挂断。"]
ANNOUNCE_RE = "稍候|别挂|稍等|保持通话|不要挂"
HO_HOLD_THANKS = ["谢谢您在人堆里一直拿着电话，登记簿翻到了。", "感谢您站在站台上熬了这么久，站务员回话了。",
                  "多谢您顶着进站的轰隆声等我，刷卡流水调出来了。", "让您在风口里干等着，实在不好意思，车牌核上了。",
                  "谢谢您喘着气还候在线上，保管柜我看过了。", "辛苦您在候车厅里等这一阵，座位底下找过了。"]
HO_THANKS_WORDS = ["谢谢", "感谢", "多谢", "久等", "久候", "麻烦您", "辛苦", "抱歉", "不好意思", "劳驾", "有劳", "难为",
                   "让您等", "耽搁", "劳烦", "过意不去", "干等", "空等", "对不住", "对不起", "耐心", "多亏", "劳您",
                   "耽误", "占用", "耐着性子", "谢了", "谢啦", "候着", "等了", "承蒙", "费心", "烦请", "恳请", "没挂",
                   "等着", "等候", "辛劳", "包涵", "见谅", "体谅", "着急", "守着", "没走开", "等我", "陪着", "费神",
                   "受累", "持线", "等待", "烦劳", "万分", "敬请", "静候", "恭候", "劳您久", "熬着", "陪我等", "担待",
                   "歉意", "失礼", "打扰", "添麻烦", "等这一阵", "多等", "等久", "理解", "等这一会儿", "等我这么",
                   "拿着听筒", "排队", "排了", "这么久", "候着您", "等消息", "陪我等网络", "拿着电话", "跑这一趟",
                   "这半天", "这么一会儿", "吵闹", "多担待",
                   "没放电话", "好一阵", "这么些时候", "这通电话", "在线上陪",
                   "排了两回队", "多等了一段", "撑着等", "久等了",
                   "拿着电话这么久", "干耗着", "没撂下", "等着我", "有耐性", "您哪",
                   "陪我翻", "守着听筒", "肯等", "没撂电话", "撑到现在", "举着手机",
                   "顶着风雨", "冒雨", "淋着雨", "站在风口", "雨里", "陪我核",
                   "举着电话", "免提旁边", "干坐着", "一直在线", "陪我等系统",
                   "人堆里", "熬了", "轰隆声", "风口里", "候在线上", "候车厅里"]
NOT_ANNOUNCING = ["等", "稍", "挂", "候", "线上", "在线", "别收", "收线", "搁", "音乐", "提示音", "片刻", "马上", "一会儿",
                  "一下", "别走", "静音", "安勿躁", "回来", "断", "旋律", "握着", "安静", "结束通话", "离开", "听筒",
                  "保留", "没声音", "端着", "放下", "线路", "电话", "别放", "拿着", "小曲", "撂", "多待", "保持",
                  "走开", "接回", "不挂", "通话", "一阵", "暂停", "挂机", "掉线", "座位", "一分钟", "话筒", "去去就",
                  "很快", "内线", "接到", "持机", "拿稳", "中断", "听不到", "守在", "转入", "恢复", "座席", "请示", "维持",
                  "两分钟", "半分钟", "请勿", "尽快", "不会太久", "不会长", "这就", "核实", "呼", "叫醒", "问问", "机子",
                  "打给", "不要", "留在", "别挂", "左右", "进系统", "请教", "走过去", "那头", "一两分钟", "听着",
                  "调取", "查阅", "答复", "暂候", "静候", "立刻", "回复您", "对讲", "里屋", "叫上", "休息室", "旁边",
                  "拨个", "去问", "喊", "进去", "问完", "去跟", "去培训", "找找", "设成", "帮我调", "去核对", "去查",
                  "刷一下", "后台", "另一台", "调出来", "机房", "档案柜", "去档案", "当面", "备份", "去翻", "一翻",
                  "去看", "看一眼", "就回", "呼叫", "请组长", "帮我查", "借一下", "隔壁组", "发给督导", "问好",
                  "有权限的", "就好", "换台", "转给", "尽量快", "一小会儿", "先不要", "库存系统",
                  "群里", "发个消息", "加载", "网络", "共享表格", "登一下", "远程登",
                  "莫挂", "传过来", "调过来", "跑去", "里间", "档案架", "去门口", "找到就", "另一个点", "莫走",
                  "座机", "打过去", "拨一下", "去个电话", "联系一下", "确认一下", "问到了", "问清楚了就", "一等",
                  "排期表", "派工表", "日程", "切过去", "拉出来", "找空档", "线别断", "预约表",
                  "内线", "库房", "仓管", "仓库", "保管", "库管", "总仓", "拨过去", "点一点", "核一核", "别挂线",
                  "别放下", "等会儿", "出入库",
                  "座位图", "余位", "名额", "刷", "排布", "剩票", "比一比", "手机",
                  "抢修队", "技术员", "班长", "派工单", "逐个", "仓里", "通个话", "空着",
                  "清关系统", "跟单", "同事", "刷新", "报关组", "入境记录", "入库", "税费明细", "算一遍", "挂断",
                  "登记簿", "翻", "站务员", "流水", "车队", "调度", "保管柜", "巡查", "底下", "对一遍"]
HO_RESUME_NO_THANKS = ["您说的那只黑色双肩包在终点站找到了，明天白天凭证件领取。",
                       "那趟车的司机说座椅缝里有一部充电宝，颜色和您讲的对得上。",
                       "系统按两段行程各扣了一次，多出来的六块钱原路退给您。",
                       "您的车费是按夜间加价时段算的，跟页面上标的一致。",
                       "目前还没有人交来这样的雨伞，登记已经做好，有了消息发短信。"]
HO_UNANNOUNCED_PRE = ["我瞅瞅这一站今晚收的东西。", "我对着站点图看看。", "我瞧瞧那趟车几点进的站。", None, None]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic).  Two are hard
# negatives: a look-alike of a hold announcement (the lost-property entry is already open, no hold
# follows) and a look-alike of a closing (thanks and good wishes in mid-call, then on to the fare).
HO_ACK_AGENT = ["是啊，晚高峰一挤，包落在车厢里的人特别多。", "好啊，咱们先把丢的东西登记上，车费的事随后讲。",
                "是啊，分段计价听着是绕，我打个比方给您讲。",
                "您说的那条失物记录已经开在我面前了，用不着另外去找，我直接念给您核对。",
                "谢谢您把丢包的经过说得这么细，祝您今晚就能拿回来，咱们再看看车费那一笔。"]
HO_ACK_CUST = ["嗯，那先登记吧。", "呃，好吧，照你说的办。", "哦，原来按段算的。", "哦哦，明白了。", "行，那你先帮我挂个失。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["记妥。", "写着。", "跟着。", "录妥。", "记全。", "收悉。"]
HO_CUST_BC = ["好滴。", "是呀。", "哦好。", "成成。", "是滴。", "好唻。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "我的包怎么会落在车上？", "下车不回头看一眼座位，丢了能赖谁。", "丢了能赖谁"),
    ("blame_customer", "为什么我被扣了两次车费？", "出站不刷卡还怨机器，毛病出在您手上。", "毛病出在您手上"),
    ("blame_customer", "拼车司机怎么把我丢在半路了？", "您自己迟到五分钟，被甩下也是活该。", "被甩下也是活该"),
    ("refuse_responsibility", "钱包在电车上丢了你们管不管？", "乘客的私人物品向来不在我们看管范围。", "不在我们看管范围"),
    ("refuse_responsibility", "机场巴士把行李箱压坏了谁赔？", "行李是您自己塞进去的，压坏了跟车队不搭界。", "跟车队不搭界"),
    ("refuse_responsibility", "夜班车提前发车我没赶上怎么办？", "司机几点开是司机的事，调度室不背这个锅。", "调度室不背这个锅"),
    ("do_it_yourself", "失物要去哪里领？", "站里贴着告示，自个儿去墙上看。", "自个儿去墙上看"),
    ("do_it_yourself", "多扣的车费怎么申请退？", "应用里有退款入口，点几下的事还来问我。", "点几下的事还来问我"),
    ("do_it_yourself", "观光巴士在哪一站能下车？", "线路图印在票背面，自己翻过来瞧。", "自己翻过来瞧"),
    ("take_or_leave", "拼车的取消费能不能免掉？", "规则就是这样，嫌贵以后别约。", "嫌贵以后别约"),
    ("take_or_leave", "快线的票能不能改成明天的？", "票一出就不改，要么坐要么作废。", "要么坐要么作废"),
    ("take_or_leave", "快速公交的换乘优惠能不能补给我？", "过了时间就没有，爱坐不坐。", "爱坐不坐"),
    ("impatience", "那个包你再帮我查一遍好吗？", "同一个包您让我查了三回了，还要查到哪天。", "还要查到哪天"),
    ("impatience", "退款到底几天能到？", "说了到时候会到，别隔五分钟就打一遍。", "别隔五分钟就打一遍"),
    ("impatience", "分段计价我还是没太明白。", "我嘴皮子都磨薄了，您耳朵放哪儿了。", "嘴皮子都磨薄了"),
    ("sarcasm", "丢的手机能保证找回来吗？", "保证找回？那您得请个神仙来掐算。", "请个神仙来掐算"),
    ("sarcasm", "车费能不能一分都不收？", "一分不收？那公司干脆改成做慈善。", "改成做慈善"),
    ("sarcasm", "夜班车能不能开到我家楼下？", "开到楼下？您当这是您家的专车。", "您家的专车"),
    ("talking_down", "刷码和刷卡扣的钱不一样吗？", "这点事都搞不懂，您平时怎么出的门。", "怎么出的门"),
    ("talking_down", "换乘优惠是怎么算的？", "这笔账三岁孩子都算得出来，您还用问。", "三岁孩子都算得出"),
    ("talking_down", "失物招领和客服中心是一回事吗？", "连这都分不清，难怪东西会丢。", "难怪东西会丢"),
]
HO_FORBIDDEN_REACT = ["我丢了东西还要挨你的数落？", "把你的工牌号报出来，我要投诉你。", "你这叫服务？我听着像在训人。",
                      "你说的每句话我都录下来了。"]
# Agent hard negatives: taboo-ish words in acceptable service language; seven answer the yes-no
# question with 嗯对 / 嗯嗯.
HO_LOOKALIKES = [
    ("blame_customer", "包落在车上是不是怪我自己不小心？", "嗯嗯，晚高峰谁都顾不过来，不怪您，我们帮您找。"),
    ("blame_customer", "扣两次钱是不是我没刷出站？", "跟您没关系，是闸机那一下没读到，我给您补个出站记录。"),
    ("blame_customer", "是不是我迟到了司机才走的？", "嗯对，司机等了规定的时间，不过这一单的车费我们照样退。"),
    ("refuse_responsibility", "钱包丢在车上你们是不是不管？", "管，车上拾到的东西都会交到站里统一登记。"),
    ("refuse_responsibility", "行李压坏了车队认不认？", "嗯嗯，认的，您拍几张照片发过来，我们按规定赔付。"),
    ("do_it_yourself", "退款是不是得我自己去应用里申请？", "嗯对，入口在订单页，不过我现在也能直接替您提交。"),
    ("do_it_yourself", "领东西是不是要我本人去？", "本人来最方便，委托亲友带上您的证件复印件也行。"),
    ("take_or_leave", "取消费是不是一定要扣？", "规则上是要扣的，不过司机到得晚，这一单我帮您免掉。"),
    ("take_or_leave", "快线的票只能当天用吗？", "嗯对，当天有效，不过航班延误的话可以改签一次。"),
    ("impatience", "我是不是问得太多遍了？", "嗯嗯，一点都不多，您问到放心为止。"),
    ("impatience", "这个我又问了一次，你别嫌烦。", "不烦，票价规定本来就容易弄混。"),
    ("sarcasm", "丢的手机真能找回来？", "不敢打包票，不过今晚交上来的手机有好几部，希望不小。"),
    ("talking_down", "我不太会用这个乘车码。", "好啊，不会不要紧，我一步一步说给您听。"),
    ("talking_down", "换乘优惠是不是一小时之内算？", "嗯对，一小时之内换乘都按优惠价扣。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("你们这车是不是专门坑乘客的钱？", "让您有这样的感受是我们做得不好，这几笔扣费我现在逐条给您查。"),
    ("东西丢在你们车上，你们一句找不到就完了？", "不会一句话打发您，我先登记，再让沿线各站都留意。"),
    ("你们接电话的是不是只会说请稍后？", "我不推给别人，您这件事我从头跟到尾。"),
    ("再不给我退钱我就找交通局。", "您有这个权利，不过我先把退款申请给您提上去。"),
    ("跟你们打交道真是烦透了。", "我尽量说得简短，您这件事现在就能办。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我刚才从三号线下来，在换乘通道里一摸口袋才发现钱包没了，里面有身份证、两张银行卡，还有我女儿的照片，我记得是在车厢里掏过一次手机，可能就那会儿掉的，车早开走了，我现在站在站台上都不知道该去找谁。",
    "我今天下午坐机场快线进城，一共就坐了一趟，结果银行发短信说扣了两笔，一笔三十五一笔七十，我出站的时候闸机还卡了一下，工作人员让我从边门走的，现在这多扣的钱到底算谁的。",
    "我在机场巴士上把一个灰色的行李箱放在底舱，下车的时候司机说箱子拿完了，我回头一看我的根本不在，里面全是给客户的样品，明天一早就要用，你们能不能现在就打给那个司机。",
    "我刚从夜班车上下来，那趟车比时刻表早了十分钟开，我在站台上追了半天没追上，只好等下一趟，又多付了一次钱，我就想问问提前发车到底有没有人管。",
]
# long enough (12 字) that even the fastest agent of this set talks over the caller for >= 1.5 s
HO_INTERRUPT_AGENT = [
    "钱包的事我马上通知沿线各站，先帮您把证件挂失登记。",
    "两笔扣费我这边能看到，多出的那笔今天就给您发起退款。",
    "那位司机的电话我这边有，我先替您把箱子的去向问清楚。",
    "提前发车是违反调度规定的，我先给您登记一条正式投诉。",
]
HO_EARLY_AGENT = [
    "失物是这样处理的，车厢里拾到的东西当晚先交到终点站，第二天上午统一送到失物招领处，登记以后保存三十天，您带上身份证和能说清物品特征的凭据就能来领，贵重物品要本人到场签字。",
    "车费是这样计算的，快线按里程分段计价，进站刷一次出站刷一次算一趟，如果出站没有读到，系统会在二十四小时后按最高票价补扣，补录出站记录以后差价会自动退回。",
    "拼车投诉是这样受理的，先在订单页提交投诉说明，平台在两小时内联系司机核实，核实以后车费差额退回原支付账户，情节严重的司机会被暂停接单，处理结果会短信通知您。",
]
# callers cut in with these: long enough to keep >= 1.5 s of talking over the agent
HO_EARLY_CUST = ["这些规矩我先不听，你就说我的包在不在。", "等一下，我就想知道那笔钱退不退。",
                 "好了好了，你直接说我去哪儿领。"]
HO_AFTER_INTERRUPT_CUST = ["你能不能让我把话说完？", "我要紧的那一句还没讲呢。", "那好，你先说吧。"]
HO_AFTER_EARLY_AGENT = ["好，先说您最关心的那件东西。", "明白，规矩放一边，先讲结果。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics).
HO_GENERIC_QA = [
    ("失物招领处晚上几点关门？", "晚上九点半关，明天早上七点开。"),
    ("领东西要带什么？", "带上身份证就行，能说出物品里装了什么更好。"),
    ("多扣的钱退到哪里？", "原路退回，用哪种方式付的就退回哪里。"),
    ("退款要几天？", "一般三个工作日之内到账。"),
    ("找到的东西能寄给我吗？", "嗯嗯，可以寄，运费到付。"),
    ("东西能放多久？", "保存三十天，过期会按规定处理。"),
    ("刷码和刷卡价格一样吗？", "嗯对，价格一样，只是优惠活动有时不同。"),
    ("换乘优惠在哪里能看到？", "在乘车记录里，每一笔旁边都会标出来。"),
    ("这一趟能开发票吗？", "能开，行程结束以后在应用里申请电子发票。"),
    ("夜班车最后一班几点？", "凌晨一点半从总站发出。"),
    ("观光巴士的票一天内能随便上下吗？", "嗯嗯，一天之内不限次数。"),
    ("投诉多久有结果？", "两个工作日之内会有人回复您。"),
    ("孩子坐车要买票吗？", "一米二以下免票，超过的买半价票。"),
    ("电车上能带自行车吗？", "折叠的可以带，不折叠的不行。"),
    ("你刚才说的退款金额是多少？", "六块钱，六块整。"),
    ("失物会不会被别人冒领？", "不会，领取要核对证件，还要说对物品特征。"),
]
HO_CUST_DETAIL = ["我这儿是站台，车一进站就听不清你说话。", "我刚问过一遍了，我再问一次，这钱到底退不退？",
                  "我一路跑过来的，喘得不行，你别嫌我说话断断续续。", "我那个包是深蓝色的，拉链上挂着一个小熊，侧袋里有一把伞。",
                  "我都说了两遍了，多扣的就是三十五块钱那一笔。", "乘车记录太长了，我对着屏幕一条条念给你。"]
HO_CUST_SEARCH = ["你稍等，我把应用里的乘车记录翻出来。", "我找一下刚才的扣款短信，你别挂。"]
HO_CUST_FILLER_OPEN = ["呃，", "嗯，", "啊，", "嗯，我缓口气啊，", "呃，刚才那趟车，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["列车进站的声音把话盖住了，手机号码麻烦您重报一次？"],
    "name": ["列车进站的声音把话盖住了，您的名字麻烦重报一次？"],
    "id": ["列车进站的声音把话盖住了，身份证后六位麻烦重报一次？"],
    "account": ["列车进站的声音把话盖住了，{acct_label}麻烦重报一次？"],
    "address": ["列车进站的声音把话盖住了，地址麻烦重报一次？"],
}
HO_SLOT_ANSWER = {
    "phone": "{phone_zh}。", "name": "{name}。", "id": "{id6_zh}。",
    "account": "{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["我捂着话筒再说一遍，", "", "车过去了，我重新讲，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["我按登记簿复念一遍，手机{phone_zh}，没记错吧？"],
    "name": ["我按登记簿复念一遍，{name}，没记错吧？"],
    "id": ["我按登记簿复念一遍，身份证后六位{id6_zh}，没记错吧？"],
    "account": ["我按登记簿复念一遍，{acct_label}{acct_zh}，没记错吧？"],
    "address": ["我按登记簿复念一遍，{address}，没记错吧？"],
}
HO_READBACK_CUST = ["嗯，全对。", "对，一位都没差。", "没错，就是它。", "是的，你记得准。"]
HO_NEW_ASK = {
    "phone": ("找到了能不能通知我老公的手机？", "嗯对，可以，请把您先生的手机号码告诉我。", "{phone_zh}。", "好的，有消息会同时通知这个号码。"),
    "name": ("我明天来不了，能让我弟弟去领吗？", "可以，请讲一下您弟弟的全名。", "{name}。", "好的，他带上自己的证件就能领。"),
    "address": ("东西能寄到我单位吗？", "嗯嗯，可以，请把单位的地址说给我。", "{address}。", "好的，东西会寄到这个地方。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件号"]),
                    ("account", ["卡号", "账号", "编号", "单号"]),
                    ("name", ["姓名", "名字", "全名", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["说给我", "重报一次", "请讲一下", "是多少", "报一下", "念给我", "告诉我"]


# the slot an agent line asks for, or None (read-backs 「我按登记簿复念一遍…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("我按登记簿复念一遍",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so most
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).
HO_DOMAINS = {
    "metrolost": {
        "companies": [("澜江地铁三号线失物招领处", "澜江地铁三号线失物招领处")],
        "acct_label": "失物登记单号",
        "verify": [("请把失物登记单号报一下。", "{acct_zh}。", ["account"]),
                   ("失主的名字和手机号码分别是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["晚高峰挤车，我的背包落在三号线车厢里了。", "下车时手机从口袋里滑出去了，车门就关了。"],
             "result": ["已经发了全线协查，{doctor}站长{due}前告诉您找没找到。"],
             "qa": [("找到了会通知我吗？", "嗯嗯，会第一时间打给您。")]},
            {"open": ["想问问昨天登记的那把伞有没有人交上来。"],
             "result": ["我把登记再往前挂一挂，{doctor}站长{due}前再给您回个信。"],
             "qa": [("伞这种小东西也会收吗？", "嗯对，拾到的都收，大小不论。")]},
        ],
    },
    "airportexpress": {
        "companies": [("翔川机场快线票务处", "翔川机场快线票务处")],
        "acct_label": "快线车票编号",
        "verify": [("麻烦把快线车票编号念给我。", "{acct_zh}。", ["account"]),
                   ("乘车人的名字和身份证后六位分别是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["坐了一趟快线被扣了两次钱。", "出站闸机没反应，后来又补扣了一笔最高票价。"],
             "result": ["我给您补录出站记录，{doctor}主管{due}前把差价退回。"],
             "qa": [("补扣的那笔全退吗？", "嗯嗯，补扣部分全额退回。")]},
            {"open": ["想问问航班延误了，快线票能不能改到明天。"],
             "result": ["可以改签一次，{doctor}主管{due}前把新票发到您的手机上。"],
             "qa": [("改到明天要补钱吗？", "嗯对，同价位不加钱，升舱另补差价。")]},
        ],
    },
    "carpool": {
        "companies": [("同途城际拼车乘客投诉台", "同途城际拼车乘客投诉台")],
        "acct_label": "拼车订单编号",
        "verify": [("请把拼车订单编号告诉我。", "{acct_zh}。", ["account"]),
                   ("下单人的名字和手机号码分别是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["拼车司机绕了一大圈路，车费比预估多了四十块。", "司机没等我就开走了，还扣了我取消费。"],
             "result": ["我先冻结这笔车费，{doctor}专员{due}前核完行程给您答复。"],
             "qa": [("绕路的钱能退吗？", "嗯嗯，核实绕路以后多出的部分全退。")]},
            {"open": ["想问问落在拼车上的耳机怎么找回来。"],
             "result": ["我联系那位司机，{doctor}专员{due}前告诉您耳机在不在车上。"],
             "qa": [("司机会把东西送回来吗？", "嗯对，可以约地方交接，路费按平台标准付。")]},
        ],
    },
    "airportcoach": {
        "companies": [("翔川机场巴士公司", "翔川机场巴士公司")],
        "acct_label": "巴士车票单号",
        "verify": [("巴士车票单号麻烦报一下。", "{acct_zh}。", ["account"]),
                   ("乘客的名字和身份证后六位分别是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["我的行李箱被别人从底舱拿错了。", "下车才发现相机包还在行李架上。"],
             "result": ["我通知这趟车的司机返场清点，{doctor}队长{due}前跟您联系。"],
             "qa": [("拿错的那个人能找到吗？", "嗯嗯，车上有刷票记录，能联系到。")]},
            {"open": ["想问问巴士晚点让我误了航班，车票能不能退。"],
             "result": ["晚点情况属实就全额退，{doctor}队长{due}前给您结果。"],
             "qa": [("要提供误机证明吗？", "嗯对，航空公司开的证明拍照就行。")]},
        ],
    },
    "sightseeingbus": {
        "companies": [("流光城市观光巴士", "流光城市观光巴士")],
        "acct_label": "观光巴士订单编号",
        "verify": [("请把观光巴士订单编号念给我。", "{acct_zh}。", ["account"]),
                   ("游客的名字和住址分别是多少？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["双层巴士上层风大，我的帽子和墨镜都落在车上了。", "一日票才用了一次就显示过期了。"],
             "result": ["我查这辆车的清扫记录，{doctor}领队{due}前回复您。"],
             "qa": [("清扫的时候会收走吗？", "嗯嗯，收走的会送到总站登记。")]},
            {"open": ["想问问一日票没坐完能不能退一部分钱。"],
             "result": ["可以按剩余时段退，{doctor}领队{due}前把金额算给您。"],
             "qa": [("退款要扣手续费吗？", "嗯对，扣百分之五。")]},
        ],
    },
    "brt": {
        "companies": [("疾驰快速公交运营公司", "疾驰快速公交运营公司")],
        "acct_label": "快速公交卡号",
        "verify": [("请把快速公交卡号告诉我。", "{acct_zh}。", ["account"]),
                   ("持卡人的名字和手机号码分别是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["换乘快速公交没享受优惠，多扣了两块。", "站台的充值机吞了我五十块钱。"],
             "result": ["我提交补差申请，{doctor}站长{due}前把差额退到卡里。"],
             "qa": [("退到卡里还是退现金？", "嗯嗯，退到卡里，下次刷卡就能用。")]},
            {"open": ["想问问在快速公交站台捡到的钥匙交给谁。"],
             "result": ["交给站台的值班员就行，{doctor}站长{due}前会统一登记。"],
             "qa": [("我要留名字吗？", "嗯对，留个名字方便失主道谢。")]},
        ],
    },
    "tram": {
        "companies": [("青岚有轨电车运营公司", "青岚有轨电车运营公司")],
        "acct_label": "电车乘车卡号",
        "verify": [("电车乘车卡号请报一下。", "{acct_zh}。", ["account"]),
                   ("乘客的名字和住址分别是多少？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["在电车上丢了一个装着药的手提袋。", "电车的刷卡器扣了我全程票，我只坐了两站。"],
             "result": ["我让终点站的值守员去车厢里找，{doctor}值班长{due}前给您回话。"],
             "qa": [("药是急用的，能不能快点？", "嗯嗯，我标了加急，找到马上联系您。")]},
            {"open": ["想问问电车晚上最后一班是几点。"],
             "result": ["末班时间{doctor}值班长{due}前发到您的手机上，节假日会顺延。"],
             "qa": [("周末也是这个时间吗？", "嗯对，周末一样。")]},
        ],
    },
    "nightbus": {
        "companies": [("星河夜班公交调度室", "星河夜班公交调度室")],
        "acct_label": "夜班线路投诉单号",
        "verify": [("请把夜班线路投诉单号念给我。", "{acct_zh}。", ["account"]),
                   ("乘客的名字和手机号码分别是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["夜班车比时刻表提前开走了。", "夜班车司机不让我刷老年卡。"],
             "result": ["我调这趟车的行车记录，{doctor}调度员{due}前给您处理结果。"],
             "qa": [("司机会被处罚吗？", "嗯嗯，查实了会按规定处理。")]},
            {"open": ["想问问在夜班车上落了一个保温杯去哪里找。"],
             "result": ["我通知收车的站点清点，{doctor}调度员{due}前告诉您在不在。"],
             "qa": [("要去总站领吗？", "嗯对，总站白天都有人值守。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots (surnames no earlier
# writer's SURNAMES holds; compound ones for agents, specialists and callers)
SURNAMES = ["宰父", "仉督", "司寇", "段干", "公西", "太叔", "鲜于"]
DOCTORS = SURNAMES           # the station master, the dispatcher, the supervisor ... by surname
NAMES = ["宰父明远", "仉督晓雯", "司寇一帆", "段干雨桐", "公西浩然", "太叔静怡", "鲜于子墨", "段干乐天", "公西念慈", "司寇安澜"]
AREAS = ["地铁上盖公寓", "站前新苑", "枢纽花园", "环线家园", "车辆段小区", "轻轨新村"]
CITIES = ["宝鸡", "衡阳", "淮南", "本溪", "锦州", "唐山", "承德", "长治"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["还有一件，上周落在车上的那副眼镜能一起查吗？", "另外我还想问，上个月多扣的那笔退了没有？"]
HOLD2_AGENT = "两件都登记在一张单子上了，由同一位同事跟进，结果一起通知您。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
