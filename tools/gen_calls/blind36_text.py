# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind36`` (dev only): the thirty-sixth blind evaluation set for issue 11.

Written by a thirty-sixth writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette),
without reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py and
blind10_text.py to blind35_text.py.  Eight business lines none of them had: an orienteering club
(定向越野俱乐部), a sand-sculpture festival office (沙雕节组委会), a treehouse camp (树屋营地), a
stone-mill tofu workshop (石磨豆腐坊), a Ferris-wheel sightseeing centre (摩天轮观光中心), a wax museum
(蜡像馆), a lavender farm (薰衣草庄园) and an ostrich park (鸵鸟乐园).
Each line is answered by "the border-town tourist desk": a small shared desk in a border town, its
window open onto a market street, staffed by locals who speak Putonghua with a light local colour
and now and then let slip a word of their dialect (晓得, 莫急, 要得, 莫挂) in an otherwise standard line;
records are often kept at another office, fetched while the caller holds.  Callers are day
trippers on the move who answer in short bursts and cut in early.
Other 工号 forms (服务台编号, 值守员, 接待席, 工牌号, 话务员, 当班号, a number said before the
centre, a number with a surname), offers of help, closings, hold announcements and returns in other
words, 服务禁语 in seven families, and hard negatives.

Two openings are unusual but acceptable: one first warns that the window is open onto a market street
and asks the caller to bear with the noise; one first says the agent speaks Putonghua but understands
the local dialect too.

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

HO_DOMAINS_LIST = ["orienteering", "sandsculpt", "treehouse", "tofu", "ferriswheel", "waxmuseum", "lavender",
                   "ostrich"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说", "那么"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number in a form no earlier writer used, an offer of help; all fit any centre.  Two
# are unusual but acceptable: the agent first warns of the market street under the open window;
# the agent first says it speaks Putonghua and understands the local dialect as well.
HO_GREETINGS = [
    "您好，{hotline}服务台编号{agent_zh}，您想打听哪方面，我给您说道说道。",
    "{tod}，{hotline}值守员{agent_zh}号接听，请问今天能替您办点什么？",
    "您好，窗子外头是早市，声音杂了些请您多担待；{hotline}接待席{agent_zh}号，您请说。",
    "您好，我讲普通话，您讲本地话我也听得懂；{hotline}当班号{agent_zh}，有什么需要您只管讲。",
    "{tod}，这边是{hotline}，工牌号{agent_zh}，姓{agent_surname}，您是来问路线还是问票务？",
    "您好，{agent_zh}号话务员小{agent_surname}，{hotline}，请问哪件事需要我出力？",
    "您好，{hotline}，{agent_zh}号在岗，欢迎您打过来，要问的尽管问。",
    "{tod}，{hotline}前台话务{agent_zh}号为您接线，您莫急，一样一样讲给我。",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["喂，你讲嘛。", "谁呀，啥子事？", "什么事快讲，外头吵。", "打来干啥的？",
                    "接着了，你讲吧。", "喂喂，有事就说。"]

# ---- closings
HO_CLOSING_ASK = ["别的还有没有要我一并办的？", "您那头还有旁的要打听吗？",
                  "趁着线还通着，您还有哪样想问的？", "还有其他我帮得上的地方吗？"]
HO_CLOSING_CUST = ["没得了，就这个。", "暂时没有啦。", "就这些，够了。", "心里有数了。", "没别的事。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; one without 再见
# (thanks plus wishes), which is acceptable.
HO_CLOSING_BYE = {
    None: ["今天就聊到这儿，谢谢您打过来问，再见。",
           "您交代的我都写进单子了，谢谢您，回头见，再见。",
           "谢谢您这么信任我们，祝您一路顺风。",
           "后面有消息我第一时间发短信给您，感谢来电，再见。",
           "谢谢您特意打来问，祝您玩得尽兴，再见。"],
    "orienteering": ["谢谢您来跑定向，祝您每个点都打得顺，再见。"],
    "sandsculpt": ["感谢您关注沙雕节，祝您在海边拍出好照片，再见。"],
    "treehouse": ["谢谢您订我们的树屋，祝您在林子里睡个好觉，再见。"],
    "tofu": ["感谢您惦记石磨豆腐，祝您全家吃得香，再见。"],
    "ferriswheel": ["谢谢您来坐摩天轮，祝您在最高处看到好风景，再见。"],
    "waxmuseum": ["感谢您来看蜡像，祝您和偶像合影合得开心，再见。"],
    "lavender": ["谢谢您来看花，祝您赶上花开得最旺的那几天，再见。"],
    "ostrich": ["感谢您带孩子来看鸵鸟，祝您一家玩得尽兴，再见。"],
}
HO_CLOSING_CUST_BYE = ["好嘞，辛苦啦。", "谢谢哈，挂了。", "行嘞，再见。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["就这，你挂吧。", "行了，等短信。", "晓得了，我这边收了。", "先这么办。",
                   "没事了吧，那我忙去了。", "弄完了，有事再讲。"]
HO_BAD_CLOSING_CUST = ["喂，我还有一句没问。", "咋就挂了？", "人呢，说完了？", "怎么没声了？"]

# ---- holds: announcements in other words (a record fetched from another office, a colleague at the
# gate, a dialect 莫挂); thanks on return in other words; returns without thanks; none promises
# music, and all fit any centre.
HO_HOLD_ANNOUNCE = ["记录放在镇上的总办公室，我让那边调过来，请您稍等，别挂。",
                    "我跑去门口问问检票的同事，您莫挂，稍等我。",
                    "这要翻去年的登记册，请您保持通话，找到了就跟您讲。",
                    "我找管排期的师傅对一对，请您稍候片刻，不会太久。",
                    "票务记录在另一个点，我让他们传过来，请您等我一阵，别挂断。",
                    "我去里间的档案架上找，请您拿着电话稍等，找到就回。",
                    "我拨个内线问负责退款的会计，请您稍候，先莫挂。"]
ANNOUNCE_RE = "别挂|稍等|稍候|不要挂|保持通话|请您等|莫挂"
HO_HOLD_THANKS = ["多谢您一直拿着电话，总办公室把记录传过来了。", "谢谢您等我跑这一趟，检票的同事说清楚了。",
                  "让您等了这么一会儿，登记册找着了。", "感谢您听了这半天街上的吵闹，师傅那边对好了。",
                  "劳您久候，另一个点的票务记录到了。", "辛苦您在线上陪着，会计那边有准话了。"]
HO_THANKS_WORDS = ["谢谢", "感谢", "多谢", "久等", "久候", "麻烦您", "辛苦", "抱歉", "不好意思", "劳驾", "有劳", "难为",
                   "让您等", "耽搁", "劳烦", "过意不去", "干等", "空等", "对不住", "对不起", "耐心", "多亏", "劳您",
                   "耽误", "占用", "耐着性子", "谢了", "谢啦", "候着", "等了", "承蒙", "费心", "烦请", "恳请", "没挂",
                   "等着", "等候", "辛劳", "包涵", "见谅", "体谅", "着急", "守着", "没走开", "等我", "陪着", "费神",
                   "受累", "持线", "等待", "烦劳", "万分", "敬请", "静候", "恭候", "劳您久", "熬着", "陪我等", "担待",
                   "歉意", "失礼", "打扰", "添麻烦", "等这一阵", "多等", "等久", "理解", "等这一会儿", "等我这么",
                   "拿着听筒", "排队", "排了", "这么久",
                   "候着您", "等消息", "陪我等网络",
                   "拿着电话", "跑这一趟", "这半天", "这么一会儿", "吵闹", "多担待"]
HO_RESUME_NO_THANKS = ["总办公室的记录上写着，您的报名费上月十二号收到了。", "检票的同事说，您那张票当天没有刷过。",
                       "登记册里有您的名字，押金三百块还在账上。", "排期师傅说周六下午那一场还空着四个名额。",
                       "会计讲退款这周五以前原路退到您卡里。"]
HO_UNANNOUNCED_PRE = ["我对照场次表瞅瞅。", "我翻开名册瞄一眼您的名字。", "我对对这张票的出票时间。", None, None]
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
                  "有权限的", "就好", "换台", "转给", "尽量快", "一小会儿", "先不要", "库存系统",
                  "群里", "发个消息", "加载", "网络", "共享表格", "登一下", "远程登",
                  "莫挂", "传过来", "调过来", "跑去", "里间", "档案架", "去门口", "找到就", "另一个点", "莫走"]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic).  Two are hard
# negatives: a look-alike of a hold announcement (the agent says the record is in front of it
# already, no hold follows) and a look-alike of a closing (thanks and good wishes in mid-call, then
# on to the next matter).
HO_ACK_AGENT = ["是啊，沙雕节那几天海边人挤人。", "好啊，那我给您记两张成人票一张儿童票。",
                "是啊，薰衣草六月底开得最好，七月中就割了。",
                "名册就摊在我手边，用不着让您候着，我直接念给您听。",
                "多谢您讲得这么清楚，祝您这趟出门顺顺当当，我们再把退票的事说定。"]
HO_ACK_CUST = ["嗯，晓得晓得。", "呃，好嘛。", "啊，原来是这么回事。", "好好，你讲。", "哦，懂了。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["嗯。", "晓得。", "要得。", "对。", "您讲。", "是嘞。"]
HO_CUST_BC = ["嗯。", "噢。", "晓得。", "好嘞。", "是嘛。", "对对。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "定向赛我找了一个钟头都没找到第三个点。", "地图上标得明明白白，是您自个儿不会看等高线。", "自个儿不会看等高线"),
    ("blame_customer", "孩子在树屋的梯子上擦破了膝盖。", "梯子边上挂着牌子叫大人看着，您没看住能赖谁。", "没看住能赖谁"),
    ("blame_customer", "寄来的豆腐乳打开就发霉了。", "收到就该放冰箱，您放在外头一个礼拜，霉了活该。", "霉了活该"),
    ("refuse_responsibility", "摩天轮停在半空二十分钟，孩子吓哭了。", "停机是电力局的事，跟我们观光中心扯不上。", "跟我们观光中心扯不上"),
    ("refuse_responsibility", "沙雕被人踩坏了一半，照片都没拍成。", "踩坏的是游客，您去找踩的人理论，我们管不着。", "去找踩的人理论"),
    ("refuse_responsibility", "鸵鸟啄了我儿子的帽子，帽子没找回来。", "帽子是您自己没戴稳，丢了东西园区概不负责。", "丢了东西园区概不负责"),
    ("do_it_yourself", "蜡像馆几点停止入场？", "门口牌子上一清二楚，您来了自己抬头看。", "自己抬头看"),
    ("do_it_yourself", "薰衣草庄园能带宠物进吗？", "入园须知贴在官网首页，自家点开瞅一眼就晓得。", "自家点开瞅一眼"),
    ("do_it_yourself", "定向赛的成绩在哪查？", "成绩早挂在群公告里，您往上翻聊天记录嘛。", "往上翻聊天记录"),
    ("take_or_leave", "树屋能不能加一张小床？", "树屋就那么大，住不下您就去镇上住宾馆。", "住不下您就去镇上住宾馆"),
    ("take_or_leave", "豆腐宴能不能换几个素菜？", "菜单是定好的，不爱吃就莫来吃。", "不爱吃就莫来吃"),
    ("take_or_leave", "摩天轮能不能一家人包一个座舱？", "包舱就这个价，舍不得就跟别人拼着坐。", "舍不得就跟别人拼着坐"),
    ("impatience", "鸵鸟蛋能不能带回家？", "这个问题您问第三回了，耳朵是摆设吗。", "耳朵是摆设吗"),
    ("impatience", "沙雕节晚上有没有灯光？", "抓紧讲，后面一串电话在排着。", "后面一串电话在排着"),
    ("impatience", "蜡像馆里能不能摸蜡像？", "讲完没有，讲完我就挂了。", "讲完我就挂了"),
    ("sarcasm", "定向越野能不能坐车去打点？", "坐车去打点，那干脆请个司机替您跑完算了。", "请个司机替您跑完"),
    ("sarcasm", "薰衣草能不能摘一大把带走？", "一大把？要不要把整片地都给您打包。", "整片地都给您打包"),
    ("sarcasm", "骑鸵鸟能不能骑一整圈？", "您当鸵鸟是出租车啊，还想骑一整圈。", "您当鸵鸟是出租车"),
    ("talking_down", "石磨豆腐跟超市豆腐有啥区别？", "吃了这么多年豆腐还分不清，真是白吃了。", "真是白吃了"),
    ("talking_down", "蜡像是拿蜡烛的蜡做的吗？", "这种问题，讲给您您也搞不明白。", "讲给您您也搞不明白"),
    ("talking_down", "定向越野的指北针怎么用？", "指北针都不会用，还报什么比赛。", "还报什么比赛"),
]
HO_FORBIDDEN_REACT = ["你这讲的是人话吗？", "你们前台就这个素质？", "把你们负责人叫来听电话。", "你这副口气，我记住了。"]
# Agent hard negatives: taboo-ish words in acceptable service language; six answer the yes-no
# question with 嗯对 / 嗯嗯 (look-alikes are reached far more surely than small talk).
HO_LOOKALIKES = [
    ("blame_customer", "找不到点是不是我看不懂等高线？", "嗯嗯，等高线是难一些，下回赛前我们加一节读图课，您免费来听。"),
    ("blame_customer", "孩子擦破膝盖是不是我没看住？", "不能这么讲，梯子的扶手也该再包一层，药费我们来出。"),
    ("blame_customer", "豆腐乳发霉是不是我没放冰箱？", "嗯对，是要冷藏，不过包装上没写清楚是我们的疏忽，给您补寄一罐。"),
    ("refuse_responsibility", "摩天轮停下来是不是因为停电？", "嗯对，是片区停了电，可您是在我们这儿受的惊，票钱我们退。"),
    ("refuse_responsibility", "帽子丢了园区是不是不管？", "管的，我让饲养员今天在鸵鸟圈里找一遍，找不到照价赔。"),
    ("do_it_yourself", "官网上能看到入园须知吗？", "嗯嗯，能看到，我也跟您讲一遍，小型犬牵绳可以进。"),
    ("do_it_yourself", "门口牌子上写了停止入场的时间吗？", "写了的，我直接告诉您，下午五点停止入场。"),
    ("take_or_leave", "树屋是不是加不了床？", "嗯对，树屋里放不下，不过可以换成隔壁带阁楼的那间，多住一个人。"),
    ("take_or_leave", "豆腐宴的菜单是不是不能改？", "平常是定好的，您有忌口提前讲，厨房给您换两个菜。"),
    ("impatience", "我问得这么多你不烦吧？", "嗯嗯，不烦，您多问几句，到了才不会白跑。"),
    ("impatience", "你们外头这么吵还能听清我讲话吗？", "听得清，我把窗子关上了，您慢慢讲。"),
    ("sarcasm", "骑鸵鸟真的能骑一圈吗？", "能骑小半圈，有饲养员牵着，体重五十公斤以下的才行。"),
    ("talking_down", "我从没跑过定向能参加吗？", "好啊，当然能，新手组的路线短，还有人带着跑第一段。"),
    ("talking_down", "蜡像真是蜡做的吗？", "嗯对，是特制的蜡，里面有支架，夏天馆里开空调就不会化。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("你们那边跟菜市场一样，能不能换个清静地方接？", "实在对不住，我把窗户关了，您的事我一句不漏地记。"),
    ("你讲话带口音，我听着费劲。", "抱歉，我讲慢一点、讲清楚一点，您哪句没听清就打断我。"),
    ("你是不是新来的，什么都不懂？", "我在这儿做了三年了，您的事我现在就给您办。"),
    ("再不给我个说法我就去旅游局告你们。", "您的心情我理解，今天下班前我一定给您一个准信。"),
    ("你们这种小地方就是会坑游客。", "您这么讲我们认，问题出在我们这边，我先讲讲怎么给您补。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我上周六带队来参加你们的定向越野赛，报名的时候说好每人发一张防水地图，结果到了只有打印的纸，下了点雨全糊了，一半的人找不到点，成绩也作废了，报名费一分都不退。",
    "我在网上订了你们营地的树屋，付了两晚的钱，到了前台说树屋在维修，把我们安排在帐篷里，晚上蚊子多得不得了，孩子一晚上没睡好，差价到现在也没退给我们。",
    "我买了你们的摩天轮夜场票，说好能看到江对面的灯光秀，结果上去以后座舱的玻璃雾蒙蒙的什么都看不清，下来找工作人员，他说玻璃本来就这样。",
    "我们全家去你们鸵鸟乐园，买的是含骑鸵鸟的套票，结果到了说鸵鸟生病了不能骑，只给了几张喂食券，套票和普通票差了一百多块，也没人说退。",
]
# long enough (12 字) that even the fastest agent of this set talks over the caller for >= 1.5 s
HO_INTERRUPT_AGENT = [
    "地图糊了是我们准备得不周，报名费我今天就给您全部退回去。",
    "没住上树屋是我们的错，两晚的差价我这就给您原路退。",
    "玻璃没擦干净是我们的失职，我给您换一张下周的夜场票。",
    "骑不了鸵鸟是我们的原因，套票的差价今天就退到您手机上。",
]
HO_EARLY_AGENT = [
    "定向越野是这样比的，起点发地图和指卡，路线上有十二个打卡点，按顺序找到以后把指卡插进打卡器，最后回到终点交卡计时，新手组大概四公里，一般一个半到两个小时跑完。",
    "沙雕节的安排我讲一下，白天八点到下午六点看沙雕，每天下午三点有现场雕刻表演，晚上七点以后沙雕打灯，海边风大记得带件外套，退潮的时候还能下滩捡贝壳。",
    "摩天轮一圈大约二十五分钟，每个座舱最多坐六个人，一米二以下的孩子要有大人陪着，大风和雷雨天会停运，夜场从晚上七点开到十点，最后一班九点半。",
]
# callers cut in with these: long enough to keep >= 1.5 s of talking over the agent
HO_EARLY_CUST = ["这些我都晓得了，我就想问明天还有没有空位。", "等等，我先问一下能不能带婴儿车进去。",
                 "莫讲那么多，你就告诉我票价多少钱一张。"]
HO_AFTER_INTERRUPT_CUST = ["你听我讲完好不好。", "我这还差半句没讲。", "行吧，你讲你讲。"]
HO_AFTER_EARLY_AGENT = ["要得，我先答您这一问。", "明白，那我直接讲要紧的。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics)
HO_GENERIC_QA = [
    ("星期一开不开门？", "嗯对，星期一也开，只有大年三十歇一天。"),
    ("到了现场再买票行不行？", "嗯嗯，现场能买，不过旺季网上订的先进。"),
    ("门口能停大巴吗？", "能停，东边有个大巴停车场，不收钱。"),
    ("老年人有没有优惠？", "六十五岁以上凭身份证半价。"),
    ("能不能开纸质发票？", "能开，到了服务台报一下订单就给您开。"),
    ("临时去不了能改日子吗？", "提前一天讲就能改，改一次不收钱。"),
    ("下个礼拜哪天人少一点？", "礼拜二礼拜三人最少，周末人多。"),
    ("下雨了还开不开？", "小雨照开，大雨会发短信告诉您改期。"),
    ("你刚才讲的集合地点再说一遍？", "好的，是镇口老邮局对面的那块空地。"),
    ("旅行社带团来有没有团队价？", "二十人以上打八五折，导游免票。"),
    ("能不能带自己的吃的进去？", "能带，里面也有卖小吃的摊子。"),
    ("从火车站过去远不远？", "打车二十分钟，也有一趟旅游专线车。"),
    ("三岁的小孩要不要买票？", "一米二以下不用买票，要大人带着。"),
    ("晚上最晚几点出来？", "旺季晚上九点清场，淡季六点。"),
    ("里面能不能刷卡？", "能刷卡，也能扫码，现金也收。"),
    ("订好了会不会有短信？", "会有的，订好马上发，凭短信进门。"),
]
# Customers' long turns: day trippers on the move who answer in short bursts.
HO_CUST_DETAIL = ["我在车上，信号一格，你讲快点。", "我边走边讲，你莫嫌我喘。",
                  "我这儿也吵，在景区门口。", "长话短说，我赶车。",
                  "我刚到镇上，人生地不熟的。", "我手机快没电了，拣要紧的说。"]
HO_CUST_SEARCH = ["你等下，我翻翻短信。", "我找一下那张票根。"]
HO_CUST_FILLER_OPEN = ["呃，", "嗯，", "啊，", "嗯，这个嘛，", "呃，我想下，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["刚刚街上一辆车按喇叭，手机号码劳您再报给我一遍？"],
    "name": ["刚刚街上一辆车按喇叭，名字劳您再报给我一遍？"],
    "id": ["刚刚街上一辆车按喇叭，身份证后六位劳您再报给我一遍？"],
    "account": ["刚刚街上一辆车按喇叭，{acct_label}劳您再报给我一遍？"],
    "address": ["刚刚街上一辆车按喇叭，地址劳您再报给我一遍？"],
}
HO_SLOT_ANSWER = {
    "phone": "{phone_zh}。", "name": "{name}。", "id": "{id6_zh}。",
    "account": "{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["好，再讲一遍，", "", "听好了，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["我照着念一遍，手机{phone_zh}，没念错吧？"],
    "name": ["我照着念一遍，{name}，没念错吧？"],
    "id": ["我照着念一遍，身份证末六位{id6_zh}，没念错吧？"],
    "account": ["我照着念一遍，{acct_label}{acct_zh}，没念错吧？"],
    "address": ["我照着念一遍，{address}，没念错吧？"],
}
HO_READBACK_CUST = ["没错。", "对头。", "嗯，对的。", "是的是的。"]
HO_NEW_ASK = {
    "phone": ("通知能不能也发给我女儿？", "嗯对，能发，请把您女儿的手机号码报给我。", "{phone_zh}。", "好的，以后的通知两边都会收到。"),
    "name": ("票能不能转给我同事？", "能转，请讲一下您同事的全名。", "{name}。", "好的，票已经转到他名下了。"),
    "address": ("东西能不能寄到我单位？", "嗯嗯，能寄，请把单位的地址报给我。", "{address}。", "好的，寄送的地方改成您单位了。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]),
                    ("account", ["卡号", "账号", "编号", "单号"]),
                    ("name", ["姓名", "名字", "全名", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["报给我", "再报", "请讲一下", "是多少", "报一下", "念给我", "讲给我"]


# the slot an agent line asks for, or None (read-backs 「我照着念一遍…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("我照着念一遍",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so most
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).
HO_DOMAINS = {
    "orienteering": {
        "companies": [("寻踪定向越野俱乐部", "寻踪定向越野俱乐部")],
        "acct_label": "定向赛报名编号",
        "verify": [("劳您把定向赛报名编号报给我。", "{acct_zh}。", ["account"]),
                   ("领队的名字和手机号码各是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["比赛发的地图一淋雨就糊了，成绩作废。", "打卡器坏了一个，我们队白跑一趟。"],
             "result": ["这一场的报名费给您退，{doctor}教练{due}前跟您对账。"],
             "qa": [("下一场能免费再报吗？", "嗯嗯，能报，下一场的名额给您留着。")]},
            {"open": ["公司想搞一次定向越野团建。"],
             "result": ["团建能办，{doctor}教练{due}前把路线和报价发您。"],
             "qa": [("没跑过的同事也能参加吗？", "嗯对，能参加，我们设一条轻松的短线。")]},
        ],
    },
    "sandsculpt": {
        "companies": [("金滩沙雕节组委会办公室", "金滩沙雕节组委会办公室")],
        "acct_label": "沙雕节门票单号",
        "verify": [("劳您把沙雕节门票单号报给我。", "{acct_zh}。", ["account"]),
                   ("购票人的名字和身份证后六位各是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["买了夜场票，晚上去灯都没开。", "沙雕区封了一半，票价一分没少。"],
             "result": ["差价给您退，{doctor}主任{due}前把退款办好。"],
             "qa": [("退款是退回原来的账户吗？", "嗯嗯，原路退，三五天就到。")]},
            {"open": ["学校想带学生来学堆沙雕。"],
             "result": ["研学团能接，{doctor}主任{due}前把课程表发您。"],
             "qa": [("小学生能自己动手堆吗？", "嗯对，能堆，有雕刻师在旁边教。")]},
        ],
    },
    "treehouse": {
        "companies": [("林梢树屋营地", "林梢树屋营地")],
        "acct_label": "树屋预订单号",
        "verify": [("劳您把树屋预订单号报给我。", "{acct_zh}。", ["account"]),
                   ("入住人的名字和手机号码各是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["订的树屋到了说在维修，让我们住帐篷。", "树屋里的热水一晚上都没来。"],
             "result": ["差价给您退，{doctor}营长{due}前再送您一晚树屋。"],
             "qa": [("送的那一晚能挑日子吗？", "嗯嗯，能挑，半年内随您定。")]},
            {"open": ["想包两间树屋给老人过生日。"],
             "result": ["能包，{doctor}营长{due}前把房间和菜单给您定好。"],
             "qa": [("老人爬梯子方便吗？", "嗯对，有一间带缓坡的，老人走着不费劲。")]},
        ],
    },
    "tofu": {
        "companies": [("老井石磨豆腐坊", "老井石磨豆腐坊")],
        "acct_label": "豆制品订单编号",
        "verify": [("劳您把豆制品订单编号报给我。", "{acct_zh}。", ["account"]),
                   ("收件人的名字和地址各是多少？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["寄来的豆腐乳打开就长毛了。", "订的豆干少发了两包。"],
             "result": ["给您补寄一箱，{doctor}师傅{due}前把快递单发您。"],
             "qa": [("坏了的那罐要寄回去吗？", "嗯嗯，不用寄，拍张照片发过来就行。")]},
            {"open": ["想带孩子来看石磨磨豆子。"],
             "result": ["能来看，{doctor}师傅{due}前跟您约时间。"],
             "qa": [("孩子能自己推磨吗？", "嗯对，能推，还能自己点一碗豆花吃。")]},
        ],
    },
    "ferriswheel": {
        "companies": [("江畔星轮摩天轮观光中心", "江畔星轮摩天轮观光中心")],
        "acct_label": "摩天轮座舱预约单号",
        "verify": [("劳您把摩天轮座舱预约单号报给我。", "{acct_zh}。", ["account"]),
                   ("预约人的名字和手机号码各是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["坐到半空停了二十分钟，孩子吓哭了。", "座舱玻璃雾蒙蒙的，什么都看不见。"],
             "result": ["这一趟的票钱给您退，{doctor}经理{due}前再送您一张夜场票。"],
             "qa": [("送的票能给别人用吗？", "嗯嗯，能给，票上不写名字。")]},
            {"open": ["想在摩天轮上求婚，包一个座舱。"],
             "result": ["能布置，{doctor}经理{due}前跟您商量细节。"],
             "qa": [("座舱里能摆鲜花吗？", "嗯对，能摆，我们帮您提前放好。")]},
        ],
    },
    "waxmuseum": {
        "companies": [("真容蜡像馆", "真容蜡像馆")],
        "acct_label": "蜡像馆门票编号",
        "verify": [("劳您把蜡像馆门票编号报给我。", "{acct_zh}。", ["account"]),
                   ("购票人的名字和身份证后六位各是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["网上说有的那几尊蜡像到了都没看到。", "合影区拍照要另收钱，之前没人说。"],
             "result": ["多收的钱退给您，{doctor}馆长{due}前跟您联系。"],
             "qa": [("退的钱能退到微信里吗？", "嗯嗯，能退，哪里付的退回哪里。")]},
            {"open": ["想定做一尊家里老人的蜡像。"],
             "result": ["定做能接，{doctor}馆长{due}前把工期和报价发您。"],
             "qa": [("要老人本人来量尺寸吗？", "嗯对，要来一趟，量一次大概一个钟头。")]},
        ],
    },
    "lavender": {
        "companies": [("紫坡薰衣草庄园", "紫坡薰衣草庄园")],
        "acct_label": "庄园入园订单编号",
        "verify": [("劳您把庄园入园订单编号报给我。", "{acct_zh}。", ["account"]),
                   ("订票人的名字和手机号码各是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["买的精油寄到就漏了一半。", "去的时候花都割完了，票钱照收。"],
             "result": ["给您补寄一瓶，{doctor}场主{due}前把单号发您。"],
             "qa": [("漏了的那瓶还要寄回去吗？", "嗯嗯，不用寄，您留着擦擦手也行。")]},
            {"open": ["想在花田里拍婚纱照。"],
             "result": ["能拍，{doctor}场主{due}前跟您约好拍摄时间。"],
             "qa": [("能在花田里搭个小帐篷吗？", "嗯对，能搭，我们划一块地给您用。")]},
        ],
    },
    "ostrich": {
        "companies": [("大漠鸵鸟乐园", "大漠鸵鸟乐园")],
        "acct_label": "鸵鸟乐园门票单号",
        "verify": [("劳您把鸵鸟乐园门票单号报给我。", "{acct_zh}。", ["account"]),
                   ("购票人的名字和手机号码各是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["买的套票含骑鸵鸟，到了说鸵鸟病了。", "鸵鸟把孩子的帽子叼走了。"],
             "result": ["差价给您退，{doctor}园长{due}前跟您确认。"],
             "qa": [("差价能今天退吗？", "嗯嗯，能退，今天下班前就办。")]},
            {"open": ["幼儿园想组织孩子来看鸵鸟孵蛋。"],
             "result": ["园所团能接，{doctor}园长{due}前把日程发您。"],
             "qa": [("孩子们能摸鸵鸟蛋吗？", "嗯对，能摸，有专门给孩子摸的空蛋壳。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["乌", "皋", "鱼", "寻", "区", "荔", "资", "迮", "毋", "苟", "贡", "仰"]
DOCTORS = SURNAMES           # the coach, the festival director, the camp head ... by surname
NAMES = ["乌兰馨", "皋若溪", "鱼晓川", "寻一帆", "区嘉茵", "荔知秋", "资明远", "迮佳禾", "毋思齐", "苟小野",
         "贡念真", "仰天朗"]
AREAS = ["边贸新村", "口岸花园", "界河湾小区", "榕树街社区", "驼铃苑", "互市巷"]
CITIES = ["东兴", "瑞丽", "满洲里", "伊宁", "珲春", "凭祥", "腾冲", "阿尔山"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["还有，我那张优惠券怎么用不了？", "另外，上回交的押金退了没有？"]
HOLD2_AGENT = "优惠券和押金都查明白了，押金上周已经退出去，用不了的优惠券给您补发了一张新的。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
