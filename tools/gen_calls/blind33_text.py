# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind33`` (dev only): the thirty-third blind evaluation set for issue 11.

Written by a thirty-third writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette),
without reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py and
blind10_text.py to blind32_text.py.  Eight business lines none of them had: a salt-mine museum
(盐矿地下博物馆), a dragon-boat club (龙舟俱乐部), a desert camp (沙漠营地), a vinegar workshop's
tours (老陈醋作坊参观), a camel-riding station (骆驼骑行), a silk-reeling workshop (蚕桑丝绸工坊), a
paper-making workshop (古法造纸坊) and a woodblock New-Year-print workshop (木版年画工坊).
Each line is answered by "the outsourced weekend shift": temp agents of an outsourcing firm who
cover the weekends, read the script a little off and page a supervisor for anything unusual;
callers phone at the weekend with children or a television in the background and answer
questions with questions.
Other 工号 forms (周末代班, 外包坐席, 假日专席, 支援岗, 临时工号, 周末班组, 外援席位, plain numbers),
offers of help, closings, hold announcements and returns in other words, 服务禁语 in seven families,
and hard negatives.

Two openings are unusual but acceptable: one says the centre's name twice (a temp reading the
script off the card); one first tells the caller that it is the weekend shift and that some
matters wait till Monday.

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

HO_DOMAINS_LIST = ["saltmine", "dragonboat", "desertcamp", "vinegar", "camel", "silk", "papermaking", "woodprint"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说", "那么"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number in a form no earlier writer used, an offer of help; all fit any centre.  Two
# are unusual but acceptable: the centre's name said twice (the script read a little off); the
# caller told first that it is the weekend shift.
HO_GREETINGS = [
    "您好，{hotline}周末代班{agent_zh}号为您服务，请问今天想办点什么？",
    "{tod}，{hotline}外包坐席{agent_zh}号，您有什么事情尽管交给我。",
    "您好，这边是{hotline}，假日专席{agent_zh}号接的电话，您说，我来记。",
    "您好，{hotline}支援岗{agent_zh}号，我姓{agent_surname}，周末的来电由我接待，请讲。",
    "您好，{hotline}，这里是{hotline}，临时工号{agent_zh}号，请问哪方面需要帮忙？",
    "您好，先跟您说一声，今天是周末班，有些业务得等周一办；我是{hotline}周末班组{agent_zh}号，您先说说看。",
    "{tod}，感谢您打进{hotline}，外援席位{agent_zh}号小{agent_surname}在线，能帮您什么？",
    "您好，{hotline}客服，工号{agent_zh}，周末愉快，请问您要咨询什么？",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["喂，周末还打来，什么事？", "讲吧，我这边忙着。", "喂喂，哪位？", "嗯哼，说。",
                    "休息日呢，有话快讲。", "喂，要找哪个？"]

# ---- closings
HO_CLOSING_ASK = ["除了这一件，周末这边还能替您办点别的吗？", "您这边还有没问到的地方吗？",
                  "其他的事情，我趁现在一起帮您弄了？", "还需要我帮您再看点什么吗？"]
HO_CLOSING_CUST = ["没有啦，就这样。", "暂时就这些。", "没别的了，谢谢你。", "行，先这样吧。", "都问完了。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; one without 再见
# (thanks plus wishes), which is acceptable.
HO_CLOSING_BYE = {
    None: ["周末还麻烦您跑这一趟电话，谢谢您，祝您周末愉快，再见。",
           "周一同事会接着跟进，感谢您的理解，再见。",
           "谢谢您今天来电，陪孩子玩得开心，再见。",
           "感谢您选我们，祝您休息日过得舒心。",
           "事情都给您登记好了，谢谢您的支持，再见。"],
    "saltmine": ["感谢您来盐矿参观，祝您井下一路顺当，再见。"],
    "dragonboat": ["谢谢您来划龙舟，祝您的队伍一桨领先，再见。"],
    "desertcamp": ["感谢您来沙漠露营，祝您看到满天星星，再见。"],
    "vinegar": ["谢谢您来醋坊参观，祝您尝得开心，再见。"],
    "camel": ["感谢您来骑骆驼，祝您一路驼铃相伴，再见。"],
    "silk": ["谢谢您喜欢我们的丝绸，祝您穿着舒服，再见。"],
    "papermaking": ["感谢您来学造纸，祝您抄出一张好纸，再见。"],
    "woodprint": ["谢谢您来印年画，祝您新年吉祥，再见。"],
}
HO_CLOSING_CUST_BYE = ["好嘞，拜拜。", "嗯，周末快乐。", "好，谢了。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["好，登记上了，就这样。", "其他的周一再说。", "行了，我这边结束了。", "等短信吧，挂了。",
                   "没别的就这样吧。", "完事了，您忙。"]
HO_BAD_CLOSING_CUST = ["哎？这就没下文了？", "你等等，我话还没说完。", "周末就这么打发人？", "喂？还在吗？"]

# ---- holds: announcements in other words (a supervisor paged, the weekday team's notes, the
# client's own system the temp cannot reach); thanks on return in other words; returns without
# thanks; none promises music (it is drawn per hold), and all fit any centre.
HO_HOLD_ANNOUNCE = ["这个我得呼叫一下现场主管，请您别挂电话，我问好就回。",
                    "周末班权限有限，我请组长帮我查，请您稍等一下。",
                    "我去看看工作日同事留的备注，您先别挂，一会儿就好。",
                    "这件事要跟甲方的值班人员确认，请您保持通话，稍候片刻。",
                    "我把您的情况发给督导看一眼，麻烦您稍等，不要挂断。",
                    "系统这边我没有权限，我找有权限的同事帮忙，请您等一下别挂。",
                    "我去隔壁组借一下他们的查询账号，请您稍候，很快就好。"]
ANNOUNCE_RE = "别挂|稍等|稍候|不要挂|保持通话|请您等"
HO_HOLD_THANKS = ["谢谢您等我这么一会儿，主管那边答复了。", "多谢您耐心等着，组长帮我查清楚了。",
                  "让您等了一阵，不好意思，备注上写得很明白。", "感谢您没挂电话，甲方那边确认过了。",
                  "劳您等候，督导看过了，可以办。", "谢谢您周末还这么有耐心，同事查到了。"]
HO_THANKS_WORDS = ["谢谢", "感谢", "多谢", "久等", "久候", "麻烦您", "辛苦", "抱歉", "不好意思", "劳驾", "有劳", "难为",
                   "让您等", "耽搁", "劳烦", "过意不去", "干等", "空等", "对不住", "对不起", "耐心", "多亏", "劳您",
                   "耽误", "占用", "耐着性子", "谢了", "谢啦", "候着", "等了", "承蒙", "费心", "烦请", "恳请", "没挂",
                   "等着", "等候", "辛劳", "包涵", "见谅", "体谅", "着急", "守着", "没走开", "等我", "陪着", "费神",
                   "受累", "持线", "等待", "烦劳", "万分", "敬请", "静候", "恭候", "劳您久", "熬着", "陪我等", "担待",
                   "歉意", "失礼", "打扰", "添麻烦", "等这一阵", "多等", "等久", "理解", "等这一会儿", "等我这么"]
HO_RESUME_NO_THANKS = ["主管说门票可以改到下周六，差价不用补。", "组长看了，您的订单周一发货。",
                       "备注里写着押金已经退了，三个工作日到账。", "甲方同意这次给您换一个场次。",
                       "督导批了，给您补发一张体验券。"]
HO_UNANNOUNCED_PRE = ["我翻翻周末的交班记录。", "我对照订单上的日期。", "我看看备注栏。", None, None]
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
                  "刷一下", "后台", "另一台", "调出来", "机房", "档案柜", "去档案", "当面", "备份", "去翻", "一翻",
                  "去看", "看一眼", "就回", "呼叫", "请组长", "帮我查", "借一下", "隔壁组", "发给督导", "问好",
                  "有权限的", "就好"]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic).  Two are hard
# negatives: a look-alike of a hold announcement (the answer is on the card already; no hold
# follows) and a look-alike of a closing (a thank-you and good wishes in mid-call, then on to the
# next matter).
HO_ACK_AGENT = ["是啊，周末孩子在家是闹一点，您慢慢讲不着急。", "好啊，那就按两个大人一个小朋友给您登记。",
                "是啊，好不容易休息一天，我争取一次给您弄好。",
                "这个不用查，我手边的说明卡上就写着，我直接告诉您。",
                "谢谢您把经过说得这么清楚，祝您今天顺顺利利，咱们接着说押金的事。"]
HO_ACK_CUST = ["嗯，行。", "呃，那好吧。", "啊，明白了。", "好，你继续。", "哦哦，这样啊。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["嗯嗯。", "是的。", "在听。", "您说。", "明白。", "好。"]
HO_CUST_BC = ["嗯。", "是是。", "噢。", "行。", "晓得。", "对的。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "井下参观的时候我的手机掉了。", "矿道里早提醒过收好东西，是您自己不当心。", "是您自己不当心"),
    ("blame_customer", "买的丝巾洗了一次就起球了。", "真丝哪能随便丢洗衣机，您洗法不对怪不到料子上。", "怪不到料子上"),
    ("blame_customer", "骑骆驼的时候孩子摔下来了。", "家长没看住孩子，出了事倒往牵驼人身上推。", "倒往牵驼人身上推"),
    ("refuse_responsibility", "营地帐篷夜里漏风了。", "帐篷是外包公司搭的，跟我们营地扯不上关系。", "跟我们营地扯不上关系"),
    ("refuse_responsibility", "寄来的年画折了一道印子。", "快递压的您找快递去，别往我们工坊头上算。", "别往我们工坊头上算"),
    ("refuse_responsibility", "龙舟训练的教练换人了没人通知。", "排教练是俱乐部那边的事，我这个接电话的不管。", "我这个接电话的不管"),
    ("do_it_yourself", "醋坊参观怎么预约？", "小程序上点两下的事，犯得上专门拨过来吗。", "犯得上专门拨过来"),
    ("do_it_yourself", "造纸体验课几点开始？", "海报上白纸黑字印着，您自己瞧去。", "您自己瞧去"),
    ("do_it_yourself", "沙漠营地要带什么装备？", "装备清单发过您了，自个儿对着清单收拾。", "自个儿对着清单收拾"),
    ("take_or_leave", "陈醋礼盒能不能换个口味？", "礼盒就这一种搭配，要买就买，不买拉倒。", "不买拉倒"),
    ("take_or_leave", "龙舟体验能不能少于十人？", "十人起订是死规矩，凑不齐就别来了。", "凑不齐就别来了"),
    ("take_or_leave", "丝绸被能不能换个尺寸？", "尺寸就这几种，挑中哪个算哪个，别的一概不做。", "别的一概不做"),
    ("impatience", "盐矿下井到底要不要穿外套？", "我都说几遍了，您能不能听仔细点再问。", "听仔细点再问"),
    ("impatience", "骑骆驼是按小时还是按圈算？", "哎呀这有什么好纠结的，赶紧定了吧我后面一堆电话。", "我后面一堆电话"),
    ("impatience", "年画一套有几张？", "问完这个又问那个，您到底还订不订。", "您到底还订不订"),
    ("sarcasm", "沙漠里晚上能不能开空调？", "沙漠里要空调，您干脆在家看沙漠纪录片得了。", "在家看沙漠纪录片得了"),
    ("sarcasm", "醋能不能做成甜的？", "甜醋您去买糖水好了，还来醋坊干什么。", "还来醋坊干什么"),
    ("sarcasm", "手工纸能不能跟打印纸一样白？", "要那么白您去文具店买一包多省事，何必来受这个累。", "何必来受这个累"),
    ("talking_down", "龙舟上鼓手是干什么的？", "连鼓手干嘛都不知道，这种常识也要问。", "这种常识也要问"),
    ("talking_down", "蚕宝宝吃什么？", "蚕吃桑叶都不知道，小学课本上就有。", "小学课本上就有"),
    ("talking_down", "雕版和活字有什么不同？", "跟您讲工艺您也分不出来，来了看看就行了。", "您也分不出来"),
]
HO_FORBIDDEN_REACT = ["周末值班就这么跟客人讲话？", "你叫什么，我要找你们外包公司投诉。",
                      "这就是你们的服务态度？", "让你们主管来接电话。"]
# Agent hard negatives: taboo-ish words in acceptable service language; five answer the yes-no
# question with 嗯对 / 嗯嗯 (look-alikes are reached far more surely than small talk).
HO_LOOKALIKES = [
    ("blame_customer", "丝巾起球是不是我洗的方法不对？", "嗯嗯，机洗确实伤真丝，不过一次就起球不正常，我们给您换一条。"),
    ("blame_customer", "手机掉井下是不是得我自己负责？", "不用这么想，矿上有失物登记，我马上让井下的讲解员帮您找。"),
    ("blame_customer", "孩子摔下来是不是我没看好？", "先别自责，牵驼人也有责任，我们安排保险理赔，孩子先去检查。"),
    ("refuse_responsibility", "帐篷是外包公司搭的吗？", "嗯对，是合作方搭的，不过您住的是我们营地，这事由我们负责处理。"),
    ("refuse_responsibility", "年画折了是不是该找快递？", "不用您去找，我们来跟快递交涉，先给您重新寄一套。"),
    ("do_it_yourself", "小程序上能预约参观吗？", "嗯嗯，能约，我也可以直接帮您约好，您说哪天。"),
    ("do_it_yourself", "装备清单是不是发到我手机上了？", "发过了，我再给您把最要紧的几样念一下，防晒和头灯千万别忘。"),
    ("take_or_leave", "龙舟是不是一定要十个人？", "嗯对，一条船最少十人，人不够的话可以跟别的散客拼一条。"),
    ("take_or_leave", "丝绸被是不是没有别的尺寸？", "现货是这几种，不过可以定做，多等一周。"),
    ("impatience", "我问得太多了你不嫌烦吧？", "嗯嗯，不烦，问清楚了您来玩得才放心。"),
    ("impatience", "周末打扰你们会不会不方便？", "不会，周末本来就有人值班，您请说。"),
    ("sarcasm", "沙漠晚上真的能看到银河吗？", "天气好的话能看到，营地还有望远镜，很多人专门为这个来。"),
    ("talking_down", "我完全不懂造纸能学会吗？", "好啊，一点不难，老师傅手把手教，一个小时就能抄出第一张。"),
    ("talking_down", "蚕宝宝是只吃桑叶吗？", "嗯对，只吃桑叶，工坊里有桑园，孩子可以自己去摘。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("你们周末是不是都是临时工？啥也不懂。", "我是周末的支援坐席，不清楚的我马上找主管确认，不会让您白跑。"),
    ("别绕圈子，能不能退给句痛快话。", "能退，手续费免了，今天就给您提交。"),
    ("上次那个客服把我的事忘了，你们到底靠不靠谱？", "是我们没衔接好，我这次把您的事标成优先，周一一早就有人回您。"),
    ("再拖我就去消协告你们。", "您的心情我理解，我先把能办的今天办了，剩下的给您一个确定的日子。"),
    ("你们这体验也太坑了。", "您说得有道理，是我们做得不够，我先把补偿的方案跟您讲一下。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我上周六带家里老人去你们盐矿参观，说好有电梯下井，到了说电梯检修要走楼梯，老人腿脚不好走不了，在上面等了两个钟头，门票也没人给退。",
    "我们公司报了你们的龙舟团建，二十个人，到了码头只有一条船能用，另一条说在修，一半人只能在岸上看，教练也没提前讲一声。",
    "我在你们丝绸工坊订了一床蚕丝被，说好纯桑蚕丝，收到后拆开一看里面有化纤，还有一股很重的味道，孩子盖了一晚上就开始咳嗽。",
    "我订了沙漠营地的星空帐篷，说有独立卫浴和暖气，结果到了是普通帐篷，晚上冻得睡不着，厕所要走五分钟，问前台说房型卖完了。",
]
# long enough (12 字) that even the fastest agent of this set talks over the caller for >= 1.5 s
HO_INTERRUPT_AGENT = [
    "电梯检修没提前告知是我们的错，门票我今天就给您全额退回。",
    "船不够没提前说是我们安排失误，这次团建费用给您退一半。",
    "被子材质不符是我们的问题，我现在就给您办退货并赔偿检测费。",
    "房型不对是我们超卖了，差价马上退您，再送您一晚星空帐篷。",
]
HO_EARLY_AGENT = [
    "盐矿参观的须知我跟您讲一下，井下常年十几度，要带一件外套，全程约两个小时，一点二米以下的孩子要家长抱着坐小火车，井下不能吸烟也不能用闪光灯，出口有盐雕展厅可以拍照。",
    "骆驼骑行的安排是这样的，出发前先签安全告知书，每人配一个头盔，短线四十分钟，长线两个小时到日落观景台，孕妇和六岁以下的孩子不能骑，要穿长裤和不露脚趾的鞋。",
    "造纸体验课的流程我简单说一下，先看老师傅示范泡料和打浆，再每人抄三张纸，晾干要一个礼拜，纸可以寄到家，课程一共九十分钟，衣服可能会溅湿，建议穿深色的。",
]
# callers cut in with these: long enough to keep >= 1.5 s of talking over the agent
HO_EARLY_CUST = ["这些我看过了，我就问周日下午还有没有票。", "不用讲那么细，你告诉我多少钱一位。",
                 "我知道我知道，就想问小孩能不能一起去。"]
HO_AFTER_INTERRUPT_CUST = ["你让我说完好不好。", "我话还没讲完。", "好吧，你先说。"]
HO_AFTER_EARLY_AGENT = ["好的，我只回答您问的。", "行，那我说关键的。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics)
HO_GENERIC_QA = [
    ("周日也开门吗？", "嗯对，周六周日都开，周一闭馆。"),
    ("能用医保卡付吗？", "嗯嗯，这个不行，微信、支付宝和银行卡都可以。"),
    ("自驾过去好停车吗？", "门口有免费停车场，周末去得早点有位子。"),
    ("带狗能进吗？", "小型犬可以，要牵绳。"),
    ("可以开个人发票吗？", "能开，电子发票发到邮箱。"),
    ("学生有优惠吗？", "全日制学生凭学生证半价。"),
    ("下周六还有空位吗？", "有，上午场和下午场都还有。"),
    ("临时去不了能转给别人吗？", "能转，提前跟我们说一声改个名字。"),
    ("刚才那个价钱你再说一遍？", "好的，大人一百二，小孩六十。"),
    ("你们有团购吗？", "十人以上打九折，二十人以上八折。"),
    ("下雨天照常开吗？", "室内项目照常，户外的会顺延。"),
    ("能带吃的进去吗？", "可以带，只是展厅里面不能吃。"),
    ("几岁的孩子可以玩？", "一般五岁以上，有大人陪着就行。"),
    ("能提前多久订？", "最早能订两个月以后的。"),
    ("有没有接驳车？", "周末每小时一班，从地铁站出发。"),
    ("订完了会发确认吗？", "会，下单后马上发确认短信。"),
]
# Customers' long turns: weekend callers with children or a television in the background, who
# answer a question with a question.
HO_CUST_DETAIL = ["你等下，孩子在旁边闹，我换个屋子说。", "电视声音有点大，我调小一点，你说吧。",
                  "你问我几号去？那你们哪天人少一点？", "周末才有空打，平时上班顾不上。",
                  "我老公在旁边也想问，我开个免提你不介意吧？", "刚才你说要什么？订单号是吗？我找找。"]
HO_CUST_SEARCH = ["等会儿，我翻下短信。", "你稍微等等，我去拿一下票根。"]
HO_CUST_FILLER_OPEN = ["嗯，", "呃，", "啊，", "呃，那个，", "嗯，我是想，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["孩子声音太大没听清，手机号码麻烦再报给我一次？"],
    "name": ["孩子声音太大没听清，名字麻烦再报给我一次？"],
    "id": ["孩子声音太大没听清，身份证后六位麻烦再报给我一次？"],
    "account": ["孩子声音太大没听清，{acct_label}麻烦再报给我一次？"],
    "address": ["孩子声音太大没听清，地址麻烦再报给我一次？"],
}
HO_SLOT_ANSWER = {
    "phone": "{phone_zh}。", "name": "{name}。", "id": "{id6_zh}。",
    "account": "{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["好，我再说一遍，", "", "你记一下，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["我照着记的念一遍，手机{phone_zh}，对不对？"],
    "name": ["我照着记的念一遍，{name}，对不对？"],
    "id": ["我照着记的念一遍，身份证尾号{id6_zh}，对不对？"],
    "account": ["我照着记的念一遍，{acct_label}{acct_zh}，对不对？"],
    "address": ["我照着记的念一遍，{address}，对不对？"],
}
HO_READBACK_CUST = ["对的。", "没问题。", "嗯，对。", "是的是的。"]
HO_NEW_ASK = {
    "phone": ("确认短信能发到我爱人手机上吗？", "嗯嗯，可以，请提供一下您爱人的手机号码。", "{phone_zh}。", "好的，确认短信会发到这个号码。"),
    "name": ("能改成我父亲的名字入园吗？", "可以，请告诉我入园人的全名。", "{name}。", "好的，入园人已经换过来了。"),
    "address": ("东西能寄到我老家吗？", "嗯对，可以寄，请告诉我老家的地址。", "{address}。", "好的，收货的地方已经改好了。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]),
                    ("account", ["卡号", "账号", "编号", "单号"]),
                    ("name", ["姓名", "名字", "全名", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["再报给我", "请告诉我", "请提供", "是多少", "报给我", "念给我"]


# the slot an agent line asks for, or None (read-backs 「我照着记的念一遍…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("我照着记的念一遍",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so most
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).
HO_DOMAINS = {
    "saltmine": {
        "companies": [("深岩盐矿地下博物馆", "深岩盐矿地下博物馆")],
        "acct_label": "盐矿参观票编号",
        "verify": [("盐矿参观票编号报给我一下。", "{acct_zh}。", ["account"]),
                   ("购票人的名字和手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["说好有电梯下井，到了要走楼梯。", "井下的小火车停运了没通知。"],
             "result": ["门票给您全退，{doctor}主管{due}前把退款办好。"],
             "qa": [("退款是退到微信里吗？", "嗯嗯，原路退回微信。")]},
            {"open": ["想带班上的学生来盐矿研学。"],
             "result": ["研学团可以接，{doctor}讲解员{due}前把方案发您。"],
             "qa": [("学生能自己做盐雕吗？", "嗯对，每人做一块，可以带走。")]},
        ],
    },
    "dragonboat": {
        "companies": [("破浪龙舟俱乐部", "破浪龙舟俱乐部")],
        "acct_label": "龙舟训练会员卡号",
        "verify": [("龙舟训练会员卡号报给我一下。", "{acct_zh}。", ["account"]),
                   ("会员的名字和身份证后六位是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["团建到了码头只有一条船能用。", "教练换了人也没人通知。"],
             "result": ["给您补一次训练，{doctor}教练{due}前跟您约时间。"],
             "qa": [("补的那次能多带几个人吗？", "嗯嗯，可以，多五个人以内不加钱。")]},
            {"open": ["端午前想组一支公司龙舟队。"],
             "result": ["可以组队训练，{doctor}教练{due}前给您排课。"],
             "qa": [("不会游泳能上船吗？", "嗯对，能上，每人都穿救生衣。")]},
        ],
    },
    "desertcamp": {
        "companies": [("鸣沙湾沙漠营地", "鸣沙湾沙漠营地")],
        "acct_label": "沙漠营地预订单号",
        "verify": [("沙漠营地预订单号报给我一下。", "{acct_zh}。", ["account"]),
                   ("入住人的名字和手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["订的星空帐篷到了变成普通帐篷。", "夜里帐篷没有暖气冻得睡不着。"],
             "result": ["差价给您退回，{doctor}经理{due}前跟您确认补偿。"],
             "qa": [("差价能退到原来的卡上吗？", "嗯嗯，原路退回，三天内到。")]},
            {"open": ["想订国庆的沙漠露营。"],
             "result": ["国庆还有房，{doctor}经理{due}前给您留好帐篷。"],
             "qa": [("营地有热水洗澡吗？", "嗯对，有，公共浴室二十四小时热水。")]},
        ],
    },
    "vinegar": {
        "companies": [("老醯坊陈醋作坊", "老醯坊陈醋作坊")],
        "acct_label": "醋坊参观预约单号",
        "verify": [("醋坊参观预约单号报给我一下。", "{acct_zh}。", ["account"]),
                   ("预约人的名字和手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["买的陈醋礼盒有一瓶漏了。", "参观那天讲解员没来。"],
             "result": ["给您补寄一瓶，{doctor}主管{due}前把快递单号发您。"],
             "qa": [("漏了的那瓶要寄回去吗？", "嗯嗯，不用寄回，拍张照就行。")]},
            {"open": ["单位想组织职工来醋坊参观。"],
             "result": ["团体参观可以安排，{doctor}主管{due}前给您排日子。"],
             "qa": [("参观能自己动手酿醋吗？", "嗯对，能，每人装一小坛带走。")]},
        ],
    },
    "camel": {
        "companies": [("驼铃古道骆驼骑行站", "驼铃古道骆驼骑行站")],
        "acct_label": "骆驼骑行票编号",
        "verify": [("骆驼骑行票编号报给我一下。", "{acct_zh}。", ["account"]),
                   ("骑行人的名字和身份证后六位是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["孩子骑骆驼的时候摔了下来。", "说好的长线只走了一半就回来了。"],
             "result": ["保险给您理赔，{doctor}站长{due}前联系您办手续。"],
             "qa": [("看病的钱能报吗？", "嗯嗯，能报，留好发票和病历。")]},
            {"open": ["想带爸妈来骑骆驼看日落。"],
             "result": ["日落线可以订，{doctor}站长{due}前给您确认出发时间。"],
             "qa": [("老人骑骆驼安全吗？", "嗯对，有人全程牵着，走得很慢。")]},
        ],
    },
    "silk": {
        "companies": [("锦茧蚕桑丝绸工坊", "锦茧蚕桑丝绸工坊")],
        "acct_label": "丝绸工坊订单编号",
        "verify": [("丝绸工坊订单编号报给我一下。", "{acct_zh}。", ["account"]),
                   ("收货人的名字和地址是多少？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["蚕丝被里发现有化纤。", "丝巾洗了一次就起球。"],
             "result": ["给您退货退款，{doctor}师傅{due}前安排上门取件。"],
             "qa": [("取件要我出运费吗？", "嗯嗯，不用，运费我们出。")]},
            {"open": ["想带孩子来看养蚕缫丝。"],
             "result": ["亲子课还有名额，{doctor}师傅{due}前给您确认场次。"],
             "qa": [("孩子能亲手摸蚕宝宝吗？", "嗯对，能摸，还能带几条回家养。")]},
        ],
    },
    "papermaking": {
        "companies": [("楮皮古法造纸坊", "楮皮古法造纸坊")],
        "acct_label": "造纸体验预约单号",
        "verify": [("造纸体验预约单号报给我一下。", "{acct_zh}。", ["account"]),
                   ("预约人的名字和手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["自己抄的纸说好寄给我，一个月了还没收到。", "课上的老师傅临时没来。"],
             "result": ["给您重新寄，{doctor}老师{due}前把寄出的单号发您。"],
             "qa": [("能顺便多寄几张吗？", "嗯嗯，可以，给您多放五张。")]},
            {"open": ["想给书法班的学生订一批手工宣纸。"],
             "result": ["可以订，{doctor}老师{due}前给您报价。"],
             "qa": [("能按尺寸裁好吗？", "嗯对，能裁，四尺和六尺都行。")]},
        ],
    },
    "woodprint": {
        "companies": [("桃坞木版年画工坊", "桃坞木版年画工坊")],
        "acct_label": "年画拓印订单编号",
        "verify": [("年画拓印订单编号报给我一下。", "{acct_zh}。", ["account"]),
                   ("订货人的名字和地址是多少？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["寄来的年画折了一道印子。", "年画颜色跟图上差很多。"],
             "result": ["给您补寄一套，{doctor}师傅{due}前把新的寄出。"],
             "qa": [("折了的那套要退回去吗？", "嗯嗯，不用退，留着也行。")]},
            {"open": ["春节想在店里办一场年画拓印活动。"],
             "result": ["可以上门办，{doctor}师傅{due}前给您出方案。"],
             "qa": [("拓印的颜料会洗不掉吗？", "嗯对，是水性的，手上的一洗就掉。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["云", "古", "萨", "楼", "朴", "汝", "逢", "花", "衣", "过", "禄", "勾"]
DOCTORS = SURNAMES           # the supervisor, the coach, the camp manager, the master ... by surname
NAMES = ["云晓蕾", "古振国", "萨日娜", "楼一鸣", "朴秀贤", "汝佳怡", "逢海涛", "花语桐", "衣丹丹", "过文博",
         "禄子涵", "勾明轩"]
AREAS = ["盐湖新城", "龙舟湾小区", "鸣沙苑", "醋香里", "驼铃家园", "桑园路社区"]
CITIES = ["自贡", "汨罗", "敦煌", "太原", "银川", "湖州", "泾县", "苏州"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["还有，我上次申请的退款到账了吗？", "对了，我那张优惠券怎么用不了？"]
HOLD2_AGENT = "退款和优惠券都帮您查了，退款上周五已经退回，用不了的优惠券给您重新发了一张。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
