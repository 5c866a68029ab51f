# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind39`` (dev only): the thirty-ninth blind evaluation set for issue 11.

Written by a thirty-ninth writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette),
without reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py and
blind10_text.py to blind38_text.py.  Eight rural centres none of them had, answered from one small
county office: a seed and fertiliser co-op (种子化肥合作社), a tractor repair station (农机维修站), a
veterinary drug depot (兽药站), an irrigation-pump dealer (水泵经销部), a grain-drying service (粮食烘干
中心), a greenhouse-film supplier (大棚膜供应点), a beekeeping supply shop (养蜂用品店) and a rural
express-delivery point (村级快递代办点).
"The county farm-supply line on a bad connection": agents in a small county office with a fan or a
generator humming, on a cheap headset over a line that breaks up; older farmers who call slowly,
repeat themselves and now and then use a regional word.  The agent asks the warehouse while the
caller holds.
Other 工号 forms (县农服热线, 接线员, 值班席, 话务号, 工号牌, 坐班号, a number with 号线), offers of help,
closings, hold announcements and returns in other words, 服务禁语 in seven families, and hard negatives
(look-alikes of taboo lines, of a hold announcement and of a closing; rude callers answered politely).

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

HO_DOMAINS_LIST = ["seedcoop", "tractorrepair", "vetdrug", "irrigationpump", "graindrying", "greenhousefilm",
                   "beesupply", "villageexpress"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说", "那么"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number in a form no earlier writer used, an offer of help; all fit any centre.
HO_GREETINGS = [
    "您好，{hotline}县农服热线，接线员{agent_zh}号，您地里缺啥少啥，慢慢跟我讲。",
    "{tod}，{hotline}值班席{agent_zh}，这边信号不太好，您说大声点，我一句一句记。",
    "您好，这是{hotline}，话务号{agent_zh}，姓{agent_surname}，您要买货还是报修，都能找我。",
    "{tod}，{hotline}，工号牌上是{agent_zh}，您不着急，想到哪说到哪。",
    "您好，{hotline}{agent_zh}号线，县里这边给您办，您是哪个乡哪个村的？",
    "{tod}，{hotline}坐班号{agent_zh}，农忙时节的事我优先给您办。",
    "您好，{hotline}乡镇服务台，我是{agent_zh}号，您把要办的事从头说，我听着。",
    "{tod}，{hotline}县城办事处{agent_zh}号接听，货、修、送，哪样都能帮您问。",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["喂，哪个村的，说。", "听着呢，讲吧。", "又是买肥的吧，讲。", "吵死了，你大点声说。",
                    "讲事情吧。", "有事快讲，这边线不好。"]

# ---- closings
HO_CLOSING_ASK = ["地里家里还有啥要一块办的吗？", "趁这回打通了，您还有要问的没有？",
                  "别的货要不要我一起给您记上？", "您那边还有没交代完的事吗？"]
HO_CLOSING_CUST = ["没了没了，就这个。", "中，就这些。", "没啥了，你给办好就中。", "晓得了，没别的。", "没有了，没有了。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; one without 再见.
HO_CLOSING_BYE = {
    None: ["事情我都记在本子上了，谢谢您大老远打来，再见。",
           "感谢您这么耐心跟我对，信号不好辛苦您了，再见。",
           "谢谢您信得过县里的农服热线，祝您今年收成好。",
           "回头有人给您回电话，感谢您打进来，再见。",
           "谢谢您跟我说了这么些，祝您身体硬朗，再见。"],
    "seedcoop": ["谢谢您一直在合作社拿种拿肥，祝您今年粮食满仓，再见。"],
    "tractorrepair": ["感谢您找我们农机站修车，祝您拖拉机一路好使，再见。"],
    "vetdrug": ["谢谢您在兽药站买药，祝您家猪羊都壮壮实实的，再见。"],
    "irrigationpump": ["感谢您用我们的水泵，祝您地里浇水不发愁，再见。"],
    "graindrying": ["谢谢您把粮食送来烘干，祝您卖个好价钱，再见。"],
    "greenhousefilm": ["感谢您在我们这儿订棚膜，祝您大棚菜长得旺，再见。"],
    "beesupply": ["谢谢您来养蜂用品店，祝您今年蜂蜜摇得多，再见。"],
    "villageexpress": ["感谢您用村里的快递点，祝您包裹件件到得快，再见。"],
}
HO_CLOSING_CUST_BYE = ["中，那我挂了。", "好嘞，好嘞。", "晓得了，挂了啊。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["记下了，等着吧。", "就这么着，挂了。", "行，回头说。", "登上了，下一个。",
                   "好了，你去忙地里吧。", "单子填完了，没了。"]
HO_BAD_CLOSING_CUST = ["喂？喂？咋没音了？", "俺还没说完呢，人呢？", "这就完啦？不管了？", "咋就挂了，货到底啥时候来？"]

# ---- holds: announcements in other words (the agent asks the warehouse); thanks on return in other
# words; returns without thanks; none promises music, and all fit any centre.
HO_HOLD_ANNOUNCE = ["我打内线问问库房还有没有货，您先别挂。",
                    "这个得找仓管员对账，请您拿着电话稍等。",
                    "库房在后院，我喊保管过来看看，您稍候，电话别放下。",
                    "我翻一翻仓库的出入库本子，麻烦您等一等。",
                    "我让仓库的人点一点数，您先等会儿，不要挂。",
                    "这得跟库管核一核，请您别挂线，一会儿就回。",
                    "货在县里的总仓，我拨过去问，请您稍等片刻。"]
ANNOUNCE_RE = "别挂|稍等|稍候|不要挂|别放下|等一等|等会儿|别挂线"
HO_HOLD_THANKS = ["谢谢您拿着电话这么久，库房回过来了。", "让您在线上干耗着，仓管员把账对上了。",
                  "多谢您没撂下，保管把货点清了。", "感谢您等着我，出库本子我翻到了。",
                  "谢谢您这么有耐性，总仓那边有回音了。", "久等了您哪，库管核过数了。"]
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
                   "拿着电话这么久", "干耗着", "没撂下", "等着我", "有耐性", "您哪"]
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
                  "别放下", "等会儿", "出入库"]
HO_RESUME_NO_THANKS = ["库里的复合肥还剩三十来袋，够您那十亩麦子用。", "拖拉机的油泵配件县里有，后天送到站里。",
                       "您要的那种驱虫药，站里还剩两箱。", "那个型号的潜水泵下礼拜进货。",
                       "烘干塔后天空出来，您的玉米排在头一批。"]
HO_UNANNOUNCED_PRE = ["我对着进货账本对对数。", "我翻翻这个月的出库记录。", "我看看本子上记的数。", None, None]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic).  Two are hard
# negatives: a look-alike of a hold announcement (the stock list is already open, no hold follows)
# and a look-alike of a closing (thanks and good wishes in mid-call, then on to the delivery).
HO_ACK_AGENT = ["是啊，这阵子正是抢种的时候，买肥的人多。", "好啊，那就按您说的，先送二十袋过去。",
                "是啊，县里这条线一下雨就不好使，您多担待着听。",
                "库存单子我桌上就摊着，不用去问仓库，我现在就告诉您有几袋。",
                "谢谢您把地块说得这么清楚，祝您今年庄稼长得好，咱们再说说送货的路。"]
HO_ACK_CUST = ["嗯，那中。", "呃，那就这么着吧。", "啊，那敢情好。", "哦哦，晓得了晓得了。", "中中中，你接着说。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["听清。", "嗯是。", "我记。", "记好。", "嗯喏。", "成嘞。"]
HO_CUST_BC = ["中中。", "嗯呐。", "对嘞。", "是咧。", "噢噢。", "中嘞。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "买的化肥撒下去，苗子烧死了一片。", "肥是好肥，您撒得太厚了，怪不到肥上。", "怪不到肥上"),
    ("blame_customer", "拖拉机刚修好又趴窝了。", "修好了您还往死里用，坏了是您不爱惜。", "坏了是您不爱惜"),
    ("blame_customer", "蜂箱里的蜂跑了一大半。", "蜂跑了是您不会养，箱子没一点毛病。", "是您不会养"),
    ("refuse_responsibility", "烘干的玉米发霉了。", "粮食送来就是潮的，发霉跟烘干塔不沾边。", "跟烘干塔不沾边"),
    ("refuse_responsibility", "快递包裹在代办点丢了。", "东西丢了您找快递公司去，代办点不担这个账。", "代办点不担这个"),
    ("refuse_responsibility", "兽药喂了，猪还是不吃食。", "药是厂家出的，没效果您问厂家，卖药的不管疗效。", "卖药的不管疗效"),
    ("do_it_yourself", "水泵的说明书丢了，咋接线？", "网上一搜一大把，您让娃给您搜。", "您让娃给您搜"),
    ("do_it_yourself", "棚膜要多宽的合适？", "大棚是您家的，多宽您拿尺子自个儿量去。", "拿尺子自个儿量去"),
    ("do_it_yourself", "种子发芽率低能换吗？", "换货的规矩贴在合作社墙上，您来了自己看墙。", "自己看墙"),
    ("take_or_leave", "化肥能不能便宜点？", "就这个价，嫌贵您去集上买。", "嫌贵您去集上买"),
    ("take_or_leave", "修车能不能上门？", "不上门，您拉不过来就别修了。", "拉不过来就别修了"),
    ("take_or_leave", "蜂箱能不能换个厚点的木头？", "就这一种，爱买不买。", "爱买不买"),
    ("impatience", "那个药一天喂几回？", "说了三遍了，您耳朵背就找个人替您听。", "耳朵背就找个人替您听"),
    ("impatience", "棚膜啥时候能到？", "别一遍一遍打了，到了自然通知，打一百回也不会早到。", "打一百回也不会早到"),
    ("impatience", "快递到底到了没有？", "我这儿一上午全是您这种电话，您自个儿不嫌絮叨吗。", "不嫌絮叨"),
    ("sarcasm", "修好的拖拉机能保十年不坏吗？", "十年不坏？您当是铁牛成精了。", "铁牛成精了"),
    ("sarcasm", "烘干能不能一粒不掉秤？", "一粒不掉？那您自个儿拿嘴吹干吧。", "拿嘴吹干"),
    ("sarcasm", "种子能保证亩产一千斤吗？", "一千斤？您咋不让种子自己下地干活。", "让种子自己下地干活"),
    ("talking_down", "复合肥和尿素有啥不一样？", "种了一辈子地，尿素复合肥还分不出来。", "尿素复合肥还分不出来"),
    ("talking_down", "快递单号在哪儿看？", "单号都找不着，还学人家网上买东西。", "还学人家网上买东西"),
    ("talking_down", "蜂王浆和蜂蜜是一回事不？", "养蜂的问这个，说出去让人笑话。", "说出去让人笑话"),
]
HO_FORBIDDEN_REACT = ["俺一个老汉打个电话容易吗，你就这么说话？", "你叫啥，俺找你们领导去。",
                      "你这后生咋这样跟人说话。", "中，俺记下你了，去县里告你。"]
# Agent hard negatives: taboo-ish words in acceptable service language; six answer the yes-no
# question with 嗯对 / 嗯嗯.
HO_LOOKALIKES = [
    ("blame_customer", "苗烧了是不是俺撒多了？", "嗯嗯，用量可能是多了点，可包装上写得也不清楚，我让农技员去地里看看。"),
    ("blame_customer", "拖拉机坏了是不是俺开得猛？", "不怪您开，那个配件本来就该换，保修期里不收钱。"),
    ("blame_customer", "蜂跑了是不是俺没看好？", "嗯对，天热蜂容易分家，这不是哪个人的错，我给您讲讲咋留住。"),
    ("refuse_responsibility", "玉米发霉是不是该找别人？", "嗯嗯，不用找别人，烘干是我们做的，我们先来看粮。"),
    ("refuse_responsibility", "包裹丢了是不是只能找快递公司？", "不光快递公司，代办点也有责任，我先给您登记赔付。"),
    ("do_it_yourself", "接线是不是得俺自己弄？", "嗯对，能自己弄，怕弄不好的话站里派个电工去。"),
    ("do_it_yourself", "棚膜尺寸是不是俺得自己量？", "不用您量，把大棚长宽大概说说，我给您算。"),
    ("take_or_leave", "价钱是不是一点都不能让？", "嗯对，价是县里定的，不过十袋以上送货不要钱。"),
    ("take_or_leave", "不上门是不是就修不了？", "能修，上门加一点路费，您看行不行。"),
    ("impatience", "俺问了好几遍，你别嫌俺啰嗦。", "嗯嗯，不嫌，您问几遍我答几遍。"),
    ("impatience", "你们是不是嫌俺电话打得勤？", "您打得勤是我们没讲清楚，这回一次给您说透。"),
    ("sarcasm", "修好真能管十年？", "十年不好说，三个月内再坏了免费修。"),
    ("talking_down", "俺岁数大了，好些东西不懂。", "好啊，不懂您就问，我慢点说。"),
    ("talking_down", "尿素和复合肥不一样吧？", "嗯对，不一样，尿素光是氮肥，复合肥里氮磷钾都有。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("你们这破电话打了八回才通，是不是没人管？", "让您打这么多回是我们不对，这回我把您的事办妥。"),
    ("城里人坐办公室，哪懂俺们庄稼人着急。", "地里的活等不得，您的事我现在就给您往前排。"),
    ("说了多少遍了，你们就是糊弄人。", "对不住让您讲了好几遍，这回我都记在单子上。"),
    ("再拖着，俺就去县政府门口坐着。", "您先别急，这事我给您盯着，今天就有信儿。"),
    ("光说好听的顶啥用。", "是，光说不顶用，我这就把补货单开出去。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "俺上个礼拜在合作社拉了二十袋复合肥，回去撒到麦地里，过了三天苗子黄了一大片，俺跟你说黄了一大片，邻居家用别的肥就好好的，俺这一季算是白忙活了。",
    "俺那台拖拉机开春送到你们站里修，说是换了油泵，拉回去犁了两天地又冒黑烟，又趴窝了，俺又雇车拉过去，来回花了好几百，到现在还在站里搁着没人管。",
    "俺在快递点寄给闺女的一箱鸡蛋，说好三天到，一个礼拜了还没到，俺去问了三回，代办点的人说不知道，俺闺女那头也急得不行，那可是一箱土鸡蛋。",
    "你们给俺装的那台水泵，浇地浇到一半就不出水了，俺守在井边守了一后晌，地才浇了一半，天又旱，再不浇麦子就要旱死了，你说这咋弄。",
]
# long enough (12 字) that even the fastest agent of this set talks over the caller for >= 1.5 s
HO_INTERRUPT_AGENT = [
    "这一季的损失我给您报上去，农技员明天就去您地里看苗。",
    "拖拉机我们派车去拉，修好了给您送回家，来回一分钱不收。",
    "鸡蛋那一箱我们照价赔，今天就给代办点打电话把件找回来。",
    "明天一早派师傅带一台新泵去您井边，先换上把地浇了。",
]
HO_EARLY_AGENT = [
    "合作社这边是这么个规矩，种子化肥都凭社员本买，十袋以上送货到村，种子发芽率不够的拿着包装袋来换，化肥有问题先别撒，留一袋样品我们拿去县里化验。",
    "农机站修车是这样的，先打电话报修，站里派人看是小毛病还是大毛病，小毛病上门修，大毛病拉回站里，配件按县里的价，修好以后三个月里再坏了免费修。",
    "烘干中心收粮是这样，先过磅，再测水分，水分高的多烘一遍，按斤收烘干费，烘好当天能拉走，要是想存在我们仓里，一个月另收一点仓储费。",
]
# callers cut in with these: long enough to keep >= 1.5 s of talking over the agent
HO_EARLY_CUST = ["这些俺都晓得，你就说俺这个能不能换。", "你先停停，俺就问一句多少钱一袋。",
                 "规矩俺不问，俺就问啥时候能来人。"]
HO_AFTER_INTERRUPT_CUST = ["你让俺把话说完中不中。", "俺还没说到要紧的地方呢。", "中，那你先说。"]
HO_AFTER_EARLY_AGENT = ["中，我就回您这一句。", "好的，先说您最想知道的。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics).
HO_GENERIC_QA = [
    ("能送到俺村里不？", "嗯对，能送，村口有车能进就行。"),
    ("俺是不是还得跑一趟县里？", "嗯嗯，不用跑，村里代办员能帮您办。"),
    ("这一趟得花多少钱？", "连货带送一共三百六，没有别的钱。"),
    ("能不能先记账，秋后再给？", "社员能记账，收了秋再结。"),
    ("你们礼拜天有人没？", "礼拜天上午有人值班，后晌歇。"),
    ("下雨天还能送不？", "雨小能送，雨大路滑就往后推一天。"),
    ("俺不会用手机付钱咋办？", "给送货的师傅现钱也行，他给您开收条。"),
    ("这事到底谁管？", "这一单归我们站长管，他姓啥我一会儿告诉您。"),
    ("钱啥时候能退回来？", "退到您的社员卡上，三五天就到。"),
    ("俺换个日子要加钱不？", "提前一天说不加钱，当天改要贴点油钱。"),
    ("能给俺开个票不？", "能开，纸票跟着货一块送过去。"),
    ("晌午来人中不中？", "晌午师傅要吃饭，最早一点半到。"),
    ("你们过年歇几天？", "过年歇五天，初六就开门。"),
    ("能不能给俺打个电话提醒？", "能，送货前一天师傅先给您打电话。"),
    ("俺要是不在家咋办？", "放在邻居家或者村委会都行，您跟师傅说好。"),
    ("你刚才说的是哪天来着？", "礼拜三，这个礼拜三。"),
]
HO_CUST_DETAIL = ["俺打了好几回了，打了好几回了，都占线。", "俺这地等着下种呢，等着下种呢。",
                  "俺耳朵不大好使，你说慢点。", "俺不识几个字，你说俺记。",
                  "俺岁数大了，你多担待，多担待。", "俺是替俺家老大打的，他在外头打工。"]
HO_CUST_SEARCH = ["你等等，单子在抽屉里，俺去拿。", "俺找找老花镜，看不清上头的字。"]
HO_CUST_FILLER_OPEN = ["呃，", "嗯，", "啊，", "呃，俺想想啊，", "嗯，那个啥，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["县里这条线老断，您的手机号劳您再说一遍？"],
    "name": ["县里这条线老断，您的名字劳您再说一遍？"],
    "id": ["县里这条线老断，身份证后六位劳您再说一遍？"],
    "account": ["县里这条线老断，{acct_label}劳您再说一遍？"],
    "address": ["县里这条线老断，您家的地址劳您再说一遍？"],
}
HO_SLOT_ANSWER = {
    "phone": "{phone_zh}。", "name": "{name}。", "id": "{id6_zh}。",
    "account": "{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["俺再说一遍，", "", "你听好了，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["我给您念念，手机{phone_zh}，没错吧？"],
    "name": ["我给您念念，{name}，没错吧？"],
    "id": ["我给您念念，身份证后六位{id6_zh}，没错吧？"],
    "account": ["我给您念念，{acct_label}{acct_zh}，没错吧？"],
    "address": ["我给您念念，{address}，没错吧？"],
}
HO_READBACK_CUST = ["对着嘞，对着嘞。", "是，是这个。", "嗯，没错没错。", "对，就是那个。"]
HO_NEW_ASK = {
    "phone": ("能不能也告诉俺儿子一声？", "嗯对，能告诉，您把您儿子的手机号码说给我。", "{phone_zh}。", "好的，到时候两个号码都能收到信儿。"),
    "name": ("单子上能写俺老伴的名字不？", "能写，请讲一下您老伴的全名。", "{name}。", "好的，单子上收货人改成您老伴了。"),
    "address": ("货能不能送到俺闺女家？", "嗯嗯，能送，请把您闺女家的地址说给我。", "{address}。", "好的，货就往这个地址送。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]),
                    ("account", ["卡号", "账号", "编号", "单号"]),
                    ("name", ["姓名", "名字", "全名", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["说给我", "再说一遍", "请讲一下", "是多少", "报一下", "念给我", "告诉我"]


# the slot an agent line asks for, or None (read-backs 「我给您念念…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("我给您念念",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so most
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).
HO_DOMAINS = {
    "seedcoop": {
        "companies": [("丰禾种子化肥合作社", "丰禾种子化肥合作社")],
        "acct_label": "社员购肥单号",
        "verify": [("请把社员购肥单号告诉我。", "{acct_zh}。", ["account"]),
                   ("社员的名字和手机号码各是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["买的复合肥撒下去，麦苗黄了一大片，黄了一大片。", "买的玉米种子出苗不齐，一半没出。"],
             "result": ["农技员去地里看，{doctor}主任{due}前给您回个话。"],
             "qa": [("要是肥的毛病能退不？", "嗯嗯，能退，化验出来是肥的事全退。")]},
            {"open": ["想订二十袋尿素，开春要用。"],
             "result": ["尿素给您留着，{doctor}主任{due}前跟您定送货的日子。"],
             "qa": [("能送到地头不？", "嗯对，能送，车能开到的地方都送。")]},
        ],
    },
    "tractorrepair": {
        "companies": [("红旗乡农机维修站", "红旗乡农机维修站")],
        "acct_label": "农机报修单号",
        "verify": [("请把农机报修单号告诉我。", "{acct_zh}。", ["account"]),
                   ("车主的名字和手机号码各是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["拖拉机刚修好，犁了两天地又趴窝了。", "收割机的皮带断了，地里的麦子等着割。"],
             "result": ["派师傅上门修，{doctor}站长{due}前跟您说几点到。"],
             "qa": [("这回修还要钱不？", "嗯嗯，不要钱，还在保修里。")]},
            {"open": ["想在开春前给拖拉机做个保养。"],
             "result": ["保养能排，{doctor}站长{due}前告诉您哪天拉过来。"],
             "qa": [("保养能顺带换机油不？", "嗯对，能换，机油按进价算。")]},
        ],
    },
    "vetdrug": {
        "companies": [("康牧兽药站", "康牧兽药站")],
        "acct_label": "兽药购药单号",
        "verify": [("请把兽药购药单号告诉我。", "{acct_zh}。", ["account"]),
                   ("养殖户的名字和地址各是多少？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["猪喂了你们的药，还是不吃食。", "羊打了针，腿肿起来了。"],
             "result": ["兽医去您圈里看看，{doctor}兽医{due}前给您打电话。"],
             "qa": [("这药还能接着喂不？", "嗯嗯，先停两天，等兽医看了再说。")]},
            {"open": ["想买点给鸡打的疫苗。"],
             "result": ["疫苗有货，{doctor}兽医{due}前告诉您咋打。"],
             "qa": [("疫苗得放冰箱不？", "嗯对，得放冷藏，别冻上。")]},
        ],
    },
    "irrigationpump": {
        "companies": [("润田水泵经销部", "润田水泵经销部")],
        "acct_label": "水泵保修卡号",
        "verify": [("请把水泵保修卡号告诉我。", "{acct_zh}。", ["account"]),
                   ("井主的名字跟地址是多少？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["水泵浇地浇到一半就不出水了。", "水泵一开就跳闸。"],
             "result": ["派师傅带泵过去，{doctor}师傅{due}前跟您约时候。"],
             "qa": [("旱成这样，明天能来不？", "嗯嗯，能来，明天一早先去您那儿。")]},
            {"open": ["想给新打的井配一台泵。"],
             "result": ["能配，{doctor}师傅{due}前去看看井多深。"],
             "qa": [("看井要钱不？", "嗯对，不要钱，看了再定型号。")]},
        ],
    },
    "graindrying": {
        "companies": [("金穗粮食烘干中心", "金穗粮食烘干中心")],
        "acct_label": "烘干入库单号",
        "verify": [("请把烘干入库单号告诉我。", "{acct_zh}。", ["account"]),
                   ("交粮人的名字和手机号码各是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["烘出来的玉米有一股霉味。", "烘干以后过磅少了好几百斤。"],
             "result": ["粮食重新检一遍，{doctor}主任{due}前把结果告诉您。"],
             "qa": [("要是烘坏了能赔不？", "嗯嗯，能赔，按当天的收购价赔。")]},
            {"open": ["想约个日子把稻子拉过来烘。"],
             "result": ["能约，{doctor}主任{due}前给您排上日子。"],
             "qa": [("湿稻子也收不？", "嗯对，收，水分高的多烘一遍。")]},
        ],
    },
    "greenhousefilm": {
        "companies": [("绿棚农膜供应点", "绿棚农膜供应点")],
        "acct_label": "棚膜订货单号",
        "verify": [("请把棚膜订货单号告诉我。", "{acct_zh}。", ["account"]),
                   ("订货人的名字和身份证后六位各是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["订的棚膜半个月了还没到。", "棚膜刚盖上就裂了口子。"],
             "result": ["给您补发一卷，{doctor}经理{due}前告诉您哪天到。"],
             "qa": [("补的膜还是原来那种不？", "嗯嗯，是，一样的厚度一样的宽。")]},
            {"open": ["想问问冬天用的厚膜有没有货。"],
             "result": ["厚膜有，{doctor}经理{due}前把价钱给您报过去。"],
             "qa": [("能帮着盖不？", "嗯对，能帮，盖膜另收一点工钱。")]},
        ],
    },
    "beesupply": {
        "companies": [("百花养蜂用品店", "百花养蜂用品店")],
        "acct_label": "蜂具订单编号",
        "verify": [("请把蜂具订单编号告诉我。", "{acct_zh}。", ["account"]),
                   ("蜂农的名字和手机号码各是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["新买的蜂箱漏缝，蜂跑了一大半。", "摇蜜机摇了两回就不转了。"],
             "result": ["给您换新的，{doctor}老板{due}前跟您说咋送。"],
             "qa": [("跑了的蜂能赔不？", "嗯嗯，能赔一箱蜂种，您看中不中。")]},
            {"open": ["想买十个新蜂箱。"],
             "result": ["蜂箱有货，{doctor}老板{due}前跟您定送货的日子。"],
             "qa": [("蜂箱能刷好漆再送不？", "嗯对，能刷，多等两天。")]},
        ],
    },
    "villageexpress": {
        "companies": [("石桥村快递代办点", "石桥村快递代办点")],
        "acct_label": "包裹取件单号",
        "verify": [("请把包裹取件单号告诉我。", "{acct_zh}。", ["account"]),
                   ("收件人的名字跟家里地址各是多少？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["寄给闺女的一箱鸡蛋一个礼拜还没到。", "包裹在代办点丢了，没人认。"],
             "result": ["包裹给您查，{doctor}站长{due}前告诉您找着没有。"],
             "qa": [("找不着能赔不？", "嗯嗯，能赔，按您报的价赔。")]},
            {"open": ["想寄两箱苹果去外省。"],
             "result": ["能寄，{doctor}站长{due}前上门来收。"],
             "qa": [("苹果怕压，能包好点不？", "嗯对，能包，给您加泡沫垫。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["应", "平", "胥", "束", "韶", "怀", "籍", "莘", "慎", "昌", "融", "山"]
DOCTORS = SURNAMES           # the director, the vet, the foreman ... by surname
NAMES = ["应满仓", "平秀兰", "胥长根", "束桂芝", "韶守田", "怀玉珍", "籍铁柱", "莘春花", "慎富贵", "昌来福",
         "融翠英", "山石头"]
AREAS = ["东王庄", "柳河村", "三道沟", "杏树湾", "北坡屯", "李家洼"]
CITIES = ["漯河", "濮阳", "鹤壁", "焦作", "德州", "滨州", "亳州", "宿州"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["还有，俺上回赊的那几袋种子记上账了没？", "另外，俺去年存在你们那儿的粮还在不？"]
HOLD2_AGENT = "账和粮都查了，那几袋种子记在您社员本上了，去年的粮还在三号仓里好好的。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
