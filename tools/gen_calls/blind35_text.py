# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind35`` (dev only): the thirty-fifth blind evaluation set for issue 11.

Written by a thirty-fifth writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette),
without reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py and
blind10_text.py to blind34_text.py.  Eight business lines none of them had: a surf school (冲浪学校),
a hand-hammered silver jewellery workshop (手工银饰工坊), a go-kart track (卡丁车赛车场), a dairy farm's
milking visits (牧场挤奶体验), a dog-sled camp (犬橇营地), a brown-sugar mill (古法红糖作坊), a
bamboo-weaving workshop (竹编工坊) and a bungee-jumping platform (蹦极跳台).
Each line is answered by "the work-from-home remote line": the small centres share agents who take
calls at home on a laptop softphone and a headset, soft-spoken and unhurried; they reach colleagues
by group-chat message while the caller holds, and their system loads slowly over the home network.
Callers take their time: they think before they answer and say so.
Other 工号 forms (远程坐席, 居家接线员, 云坐席, 线上服务岗, 分散办公席, 网络坐席, a number with a surname,
a number said after the centre), offers of help, closings, hold announcements and returns in other
words, 服务禁语 in seven families, and hard negatives.

Two openings are unusual but acceptable: one first tells the caller that the agent works from home
and will ring back if the line drops; one first says that the call is recorded.

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

HO_DOMAINS_LIST = ["surfschool", "silversmith", "gokart", "dairyfarm", "dogsled", "brownsugar", "bambooweave", "bungee"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说", "那么"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number in a form no earlier writer used, an offer of help; all fit any centre.  Two
# are unusual but acceptable: the agent first says it works from home and will ring back if the
# line drops; the agent first says that the call is recorded.
HO_GREETINGS = [
    "您好，{hotline}远程坐席{agent_zh}号，我在线，您有什么要办的尽管开口。",
    "{tod}，这里是{hotline}，居家接线员{agent_zh}号，请问今天想了解点什么？",
    "您好，先跟您说一声，我是在家远程接听的，万一声音断了我按来电号码打给您；这里是{hotline}，{agent_zh}号，请讲。",
    "您好，本次通话全程录音；{hotline}云坐席{agent_zh}号为您效劳，您不着急，慢慢讲。",
    "{tod}，{hotline}线上服务岗{agent_zh}号小{agent_surname}，请问您需要我帮哪方面的忙？",
    "您好，欢迎打进{hotline}，接听的是{agent_zh}号，我姓{agent_surname}，您是想报名还是问售后？",
    "您好，{hotline}分散办公席{agent_zh}号接通了，您把情况说给我听听。",
    "{tod}，{hotline}网络坐席{agent_zh}号在这头候着您，请问有哪件事能替您张罗？",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["喂，哪里找？", "在呢，说事儿。", "有话就讲，我这边网不好。", "接了接了，什么情况。",
                    "喂？听见没，讲吧。", "又一个，你说。"]

# ---- closings
HO_CLOSING_ASK = ["除了这件，您还有别的想一起问问的吗？", "还有什么是我现在能顺手替您查的？",
                  "您那边还有别的疑问没解开吗？", "其余的事项还需要我跟进哪一样？"]
HO_CLOSING_CUST = ["没有了，就这些。", "暂时想不起别的。", "可以了可以了。", "都清楚了。", "不用了。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; one without 再见
# (thanks plus wishes), which is acceptable.
HO_CLOSING_BYE = {
    None: ["那今天先到这里，谢谢您的来电，再见。",
           "事情我都记在工单上了，感谢您耐心讲给我听，再见。",
           "谢谢您信得过我们，祝您一切顺心。",
           "有变动我发短信告诉您，谢谢，再见。",
           "谢谢您抽时间打过来，祝您周末愉快，再见。"],
    "surfschool": ["谢谢您选我们学冲浪，祝您早日站上浪头，再见。"],
    "silversmith": ["感谢您喜欢手工银饰，祝您戴得称心，再见。"],
    "gokart": ["谢谢您来跑卡丁车，祝您一圈比一圈快，再见。"],
    "dairyfarm": ["感谢您带孩子来牧场，祝您一家玩得开心，再见。"],
    "dogsled": ["谢谢您来坐犬橇，祝您在雪原上玩得痛快，再见。"],
    "brownsugar": ["感谢您喜欢我们的红糖，祝您日子甜甜的，再见。"],
    "bambooweave": ["谢谢您来学竹编，祝您编出一只称手的篮子，再见。"],
    "bungee": ["感谢您来挑战蹦极，祝您跳得勇敢又平安，再见。"],
}
HO_CLOSING_CUST_BYE = ["好的，辛苦你了。", "谢谢你，拜拜。", "行，回头见。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["就这样，挂了。", "弄好了，您等消息吧。", "行，没别的我这边下线了。", "那先这么着。",
                   "有事再打，我断了。", "完了，您自己留意短信。"]
HO_BAD_CLOSING_CUST = ["哎，我话还没说完。", "这就挂了？", "喂？人呢？", "怎么突然没声了。"]

# ---- holds: announcements in other words (a group-chat message to a colleague, a system that
# loads slowly over the home network, a shared spreadsheet); thanks on return in other words;
# returns without thanks; none promises music, and all fit any centre.
HO_HOLD_ANNOUNCE = ["我在工作群里问问负责排期的同事，请您稍等，别挂断。",
                    "家里网络调系统慢一些，麻烦您保持通话，我加载出来就告诉您。",
                    "这得请仓库的同事拍照确认，请您稍候片刻。",
                    "我给值班主管发个消息，您先不要挂，稍等。",
                    "我远程登一下订单后台，请您等我一会儿，别挂。",
                    "这个要翻教练的排班，劳驾您稍等，我很快说给您。",
                    "我打开共享表格核对余位，请您稍候，不会太久。"]
ANNOUNCE_RE = "别挂|稍等|稍候|不要挂|保持通话|请您等"
HO_HOLD_THANKS = ["谢谢您在线上等着，同事在群里回了。", "感谢您等我这么一阵，后台终于打开了。",
                  "让您久等了，主管那边有准信了。", "不好意思让您空等，仓库拍了照，东西都在。",
                  "多谢您这么耐心，排班表我看到了。", "辛苦您陪我等网络，余位核对好了。"]
HO_THANKS_WORDS = ["谢谢", "感谢", "多谢", "久等", "久候", "麻烦您", "辛苦", "抱歉", "不好意思", "劳驾", "有劳", "难为",
                   "让您等", "耽搁", "劳烦", "过意不去", "干等", "空等", "对不住", "对不起", "耐心", "多亏", "劳您",
                   "耽误", "占用", "耐着性子", "谢了", "谢啦", "候着", "等了", "承蒙", "费心", "烦请", "恳请", "没挂",
                   "等着", "等候", "辛劳", "包涵", "见谅", "体谅", "着急", "守着", "没走开", "等我", "陪着", "费神",
                   "受累", "持线", "等待", "烦劳", "万分", "敬请", "静候", "恭候", "劳您久", "熬着", "陪我等", "担待",
                   "歉意", "失礼", "打扰", "添麻烦", "等这一阵", "多等", "等久", "理解", "等这一会儿", "等我这么",
                   "拿着听筒", "排队", "排了", "这么久",
                   "候着您", "等消息", "陪我等网络"]
HO_RESUME_NO_THANKS = ["教练排班上周六早上八点那一节还有两个空位。", "仓库说您那只银镯已经打包，明天上午寄出。",
                       "主管同意把您的场次改到下周三下午。", "退款记录显示钱上周五已经原路退了。",
                       "负责的师傅说竹篮月底前能编成。"]
HO_UNANNOUNCED_PRE = ["我翻翻教练的排期。", "我瞧瞧报名表里的名单。", "我对一对付款记录。", None, None]
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
                  "群里", "发个消息", "加载", "网络", "共享表格", "登一下", "远程登"]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic).  Two are hard
# negatives: a look-alike of a hold announcement (the agent says the spreadsheet is open already,
# and no hold follows) and a look-alike of a closing (a thank-you and good wishes in mid-call, then
# on to the next matter).
HO_ACK_AGENT = ["是啊，冬天来坐犬橇的人比夏天多得多。", "好啊，那就给您登记两位大人一个孩子。",
                "是啊，古法红糖熬得慢，一锅要守好几个钟头。",
                "表格我这边一直开着，用不着让您干坐着，现在就能念给您听。",
                "谢谢您这么配合，祝您今天顺顺利利，咱们再把改期的事敲定。"]
HO_ACK_CUST = ["嗯，明白。", "呃，那好吧。", "啊，是这样。", "行行，你说。", "哦，好的。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["嗯。", "好。", "明白。", "是的。", "我在。", "您说。"]
HO_CUST_BC = ["嗯。", "好的。", "在听。", "哦哦。", "是。", "行。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "冲浪板把我的腿划了一道口子。", "教练讲过板绳要拴在脚上，您自己不拴怪不到板子头上。", "怪不到板子头上"),
    ("blame_customer", "银镯戴了一个月就发黑了。", "银子本来就会氧化，您戴着泡温泉，那不发黑才怪。", "那不发黑才怪"),
    ("blame_customer", "卡丁车转弯的时候我撞到护栏了。", "转弯要松油门，您开那么猛，撞了还好意思打电话。", "撞了还好意思打电话"),
    ("refuse_responsibility", "牧场的小羊把孩子的手咬破了。", "小羊是您自己要喂的，出了事我们牧场不背这个锅。", "牧场不背这个锅"),
    ("refuse_responsibility", "寄来的红糖块都化成一摊了。", "路上化的那是快递公司的事，您找他们掰扯去。", "您找他们掰扯去"),
    ("refuse_responsibility", "蹦极的视频说好给我，到现在没收到。", "视频是外包摄影拍的，我们跳台只管跳，别的一概不知。", "别的一概不知"),
    ("do_it_yourself", "冲浪课要带什么东西？", "报名页面最底下写着呢，往下拉一拉就看见了。", "往下拉一拉就看见了"),
    ("do_it_yourself", "犬橇营地怎么走？", "导航里搜营地的名字就出来了，这也值得打个电话。", "这也值得打个电话"),
    ("do_it_yourself", "竹编课要提前几天报名？", "公众号里早推送过，您翻翻历史消息去。", "翻翻历史消息去"),
    ("take_or_leave", "银饰能不能刻英文名字？", "只刻中文，接受不了您就另找一家。", "接受不了您就另找一家"),
    ("take_or_leave", "犬橇能不能只坐半程？", "全程一个价，嫌长您就别报这个项目。", "嫌长您就别报这个项目"),
    ("take_or_leave", "红糖能不能少放点姜？", "配方是祖传定死的，不合口味您就别买。", "不合口味您就别买"),
    ("impatience", "卡丁车几岁能开？", "我都说了两遍了，您到底有没有在听。", "您到底有没有在听"),
    ("impatience", "蹦极有体重限制吗？", "您赶紧说重点，我这边消息一条接一条。", "消息一条接一条"),
    ("impatience", "竹编课一次上多久？", "问题能不能一次问完，别零零碎碎地磨。", "别零零碎碎地磨"),
    ("sarcasm", "冲浪能不能保证一天学会？", "一天就学会的话，教练都该失业了。", "教练都该失业了"),
    ("sarcasm", "蹦极的时候能不能不往下看？", "不往下看您蹦什么极，在家跳跳床多好。", "在家跳跳床多好"),
    ("sarcasm", "挤奶能不能戴手套？", "戴手套挤奶，要不要再给奶牛打把伞。", "再给奶牛打把伞"),
    ("talking_down", "红糖和黑糖有什么区别？", "这都分不出，您平时不下厨吧。", "您平时不下厨吧"),
    ("talking_down", "银饰为什么要手工锤？", "工艺上的门道，跟您说了也白说。", "跟您说了也白说"),
    ("talking_down", "卡丁车是烧油的还是电的？", "这种常识，您问问家里上小学的都知道。", "家里上小学的都知道"),
]
HO_FORBIDDEN_REACT = ["你这是哪门子态度？", "在家上班就这么敷衍人？", "你的工号多少，我记下来。", "我要跟你们老板说这事。"]
# Agent hard negatives: taboo-ish words in acceptable service language; six answer the yes-no
# question with 嗯对 / 嗯嗯 (look-alikes are reached far more surely than small talk).
HO_LOOKALIKES = [
    ("blame_customer", "腿被划破是不是我没拴脚绳？", "嗯嗯，脚绳是该拴的，不过伤口我们先帮您处理，保险这边也能报。"),
    ("blame_customer", "银镯发黑是不是我戴着泡温泉了？", "有这个可能，您别担心，寄过来我们免费给您洗亮。"),
    ("blame_customer", "撞护栏是不是我油门踩太猛了？", "不怪您，新手都会这样，下次上场前教练先带您跑两圈。"),
    ("refuse_responsibility", "红糖化了是不是快递的问题？", "嗯对，多半是路上太热，不过东西是我们卖的，补寄由我们来办。"),
    ("refuse_responsibility", "视频是不是外面的摄影团队拍的？", "是外面团队拍的，可您是在我们跳台跳的，视频我们负责要来给您。"),
    ("do_it_yourself", "报名页面上能看到要带的东西吗？", "嗯嗯，能看到，我也给您说一遍，泳衣、毛巾和防晒霜。"),
    ("do_it_yourself", "导航能直接搜到营地吗？", "能搜到，稳妥起见我再把详细的路线发到您手机上。"),
    ("take_or_leave", "银饰是不是只能刻中文？", "嗯对，平常只刻中文，英文名字可以请老师傅手工錾，另收一点工费。"),
    ("take_or_leave", "犬橇是不是不能只坐半程？", "半程眼下没有，不过可以换成短线，价格便宜一半。"),
    ("impatience", "我问得这么细你不嫌麻烦吧？", "嗯嗯，不嫌，您问得越细，我们越好安排。"),
    ("impatience", "你们在家上班还能慢慢讲吗？", "能的，这一通我不赶时间，您慢慢说。"),
    ("sarcasm", "冲浪真的一天能站起来吗？", "多数人第一天就能站起来几秒，教练会一直在旁边扶着板。"),
    ("talking_down", "我完全没做过手工能学竹编吗？", "好啊，当然能学，第一节课从最简单的杯垫编起。"),
    ("talking_down", "红糖真是用甘蔗熬的吗？", "嗯对，是本地甘蔗榨汁熬的，参观的时候能看到那口大铁锅。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("你是不是在家里躺着接电话的？", "我确实在家办公，可您的事我一样按规矩办，现在就给您查。"),
    ("信号断断续续的，你们就不能找个正经办公室？", "抱歉让您听着费劲，我换了一副耳机，您的事我一个字不落地记下。"),
    ("你们这客服是不是机器人？", "我是真人客服，不是录音，您有什么尽管问。"),
    ("再拖下去我就去消协投诉。", "您的意思我明白，今天我就给您一个明确的处理结果。"),
    ("你们这服务简直是糊弄人。", "您批评得在理，问题出在我们这边，我先给您讲讲补救的办法。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我上个月在你们冲浪学校报了五节课，交了两千多块钱，结果去了两次都说浪太大停课，第三次教练又请假，剩下的课一直排不上，我都快开学了还没下过一次水。",
    "我在你们工坊定做了一只手工银镯，说好半个月做好寄给我，现在一个多月了，问了好几次都说师傅在赶工，我是买来给我妈过生日的，生日都过去了。",
    "我带孩子去你们营地坐犬橇，订的是全程两个小时的，结果跑了不到四十分钟就说狗累了要回去，钱一分没退，孩子在车上冻得直哭。",
    "我们一家去你们赛车场开卡丁车，买的是十圈的票，结果每个人只让开了六圈，工作人员说后面排队的人多，让我们下去，连个解释都没有。",
]
# long enough (12 字) that even the fastest agent of this set talks over the caller for >= 1.5 s
HO_INTERRUPT_AGENT = [
    "停课排不上是我们安排的问题，剩下的课我给您优先排进来。",
    "拖过生日是我们的过失，手工费全免，并且今天就安排加急寄出。",
    "没跑满全程是我们的不对，差的那部分钱今天原路退给您。",
    "少开的那几圈是我们的错，我给您一家每人补一张十圈的票。",
]
HO_EARLY_AGENT = [
    "冲浪体验课是这样安排的，每节两个小时，前半小时在沙滩上练起身动作，后面下水，教练一对三，要会一点游泳，泳衣和防晒自己带，冲浪板和防寒衣我们提供，涨潮的时候课程会往后顺延。",
    "挤奶体验的流程我跟您讲一下，上午九点在牧场门口集合，先换防护服和鞋套，跟着饲养员看一遍奶牛，再学怎么挤，每个孩子能挤一小杯，最后可以喝到当天煮好的鲜奶，全程大约两个半小时。",
    "蹦极的要求是这样的，年龄在十八到五十五岁之间，体重四十到一百公斤，有高血压、心脏病或者做过腰椎手术的不能跳，跳之前要称体重、签告知书，眼镜和首饰都要摘下来存好。",
]
# callers cut in with these: long enough to keep >= 1.5 s of talking over the agent
HO_EARLY_CUST = ["这些网上我都看过了，我就想问周末还有没有名额。", "先别讲流程，你告诉我小孩要不要单独买票。",
                 "等一下，我只想知道下雨天会不会取消。"]
HO_AFTER_INTERRUPT_CUST = ["你让我把话说完好吗。", "我这还没讲完。", "那行，你先说。"]
HO_AFTER_EARLY_AGENT = ["好的，我先回答您问的这个。", "明白了，那我挑重点说。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics)
HO_GENERIC_QA = [
    ("周一也开门吗？", "嗯对，周一照常开，只有每月最后一个周二休息。"),
    ("能不能到了现场再付钱？", "嗯嗯，现场付也行，不过提前付能保住名额。"),
    ("那边好停车吗？", "门口有个小停车场，周末去得早一点还有位子。"),
    ("学生有没有优惠？", "凭学生证打八折，寒暑假也能用。"),
    ("能开电子发票吗？", "能开，付款后在订单页面自己申请就行。"),
    ("临时有事能退吗？", "提前两天退全款，两天之内退一半。"),
    ("这个月还有哪几天有空位？", "下周二和周四还有，周末已经约满了。"),
    ("天气不好会取消吗？", "天气不好会提前一天通知，可以改期也可以退。"),
    ("刚才说的那个地址能再讲一遍吗？", "好的，是南门停车场旁边那栋两层小楼。"),
    ("单位组织三十个人能打折吗？", "三十人以上九折，还可以单独安排一个时段。"),
    ("能不能带狗去？", "小型犬牵绳可以进，大型犬得放在门口的寄养处。"),
    ("附近有没有吃饭的地方？", "基地里有个小食堂，外面一公里有几家农家菜馆。"),
    ("五岁的孩子能参加吗？", "五岁可以跟着大人参加体验部分，独立项目要满十岁。"),
    ("晚上几点关门？", "夏天晚上七点关，冬天五点半就关了。"),
    ("坐公交能到吗？", "坐九路公交到终点，再走十分钟就到了。"),
    ("付款之后有确认短信吗？", "有的，付款一成功就会发，到了出示短信就能进。"),
]
# Customers' long turns: callers who take their time, think aloud and say so.
HO_CUST_DETAIL = ["我想想啊，应该是上个月中旬订的。", "你说慢一点，我拿笔记一下。",
                  "我岁数大了，耳朵不太灵，你说大声些。", "我刚下班，脑子有点转不过来，你别着急。",
                  "我先理一理，事情有点多，一件一件说。", "我这边在外头，风有点大，你听得清吗？"]
HO_CUST_SEARCH = ["你稍等，我找找那张收据。", "我翻翻手机里的订单，你别急。"]
HO_CUST_FILLER_OPEN = ["呃，", "嗯，", "啊，", "呃，让我想想，", "嗯，怎么说呢，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["刚才网络卡了一下没听清楚，手机号码麻烦再念给我一遍？"],
    "name": ["刚才网络卡了一下没听清楚，名字麻烦再念给我一遍？"],
    "id": ["刚才网络卡了一下没听清楚，身份证后六位麻烦再念给我一遍？"],
    "account": ["刚才网络卡了一下没听清楚，{acct_label}麻烦再念给我一遍？"],
    "address": ["刚才网络卡了一下没听清楚，地址麻烦再念给我一遍？"],
}
HO_SLOT_ANSWER = {
    "phone": "{phone_zh}。", "name": "{name}。", "id": "{id6_zh}。",
    "account": "{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["好，我慢慢说，", "", "你记一下，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["跟您核对一遍，手机{phone_zh}，是这个吧？"],
    "name": ["跟您核对一遍，{name}，是这个吧？"],
    "id": ["跟您核对一遍，身份证最后六位{id6_zh}，是这个吧？"],
    "account": ["跟您核对一遍，{acct_label}{acct_zh}，是这个吧？"],
    "address": ["跟您核对一遍，{address}，是这个吧？"],
}
HO_READBACK_CUST = ["是这个。", "对，没错。", "嗯，是的。", "对的对的。"]
HO_NEW_ASK = {
    "phone": ("预约短信能也发给我爱人吗？", "嗯对，可以，请告诉我您爱人的手机号码。", "{phone_zh}。", "好的，之后的通知两个号码都会收到。"),
    "name": ("名额能让给我表妹吗？", "能让，请提供您表妹的全名。", "{name}。", "好的，名额已经换到她的名下。"),
    "address": ("东西能寄到我老家吗？", "嗯嗯，能寄，请告诉我老家的地址。", "{address}。", "好的，收货的地方换成老家了。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]),
                    ("account", ["卡号", "账号", "编号", "单号"]),
                    ("name", ["姓名", "名字", "全名", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["再念给我", "请告诉我", "请提供", "是多少", "报给我", "念给我", "说给我"]


# the slot an agent line asks for, or None (read-backs 「跟您核对一遍…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("跟您核对一遍",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so most
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).
HO_DOMAINS = {
    "surfschool": {
        "companies": [("踏浪者冲浪学校", "踏浪者冲浪学校")],
        "acct_label": "冲浪课报名单号",
        "verify": [("麻烦把冲浪课报名单号念给我。", "{acct_zh}。", ["account"]),
                   ("报名人的名字和手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["报的冲浪课一直停课，剩下的排不上。", "教练临时请假，我白跑了一趟海边。"],
             "result": ["剩下的课给您优先排，{doctor}教练{due}前把新课表发给您。"],
             "qa": [("白跑的那一趟能补一节课吗？", "嗯嗯，能补，补的那节不另收钱。")]},
            {"open": ["公司想暑假组织一次冲浪团建。"],
             "result": ["团建可以接，{doctor}教练{due}前把方案和报价发您。"],
             "qa": [("不会游泳的同事能参加吗？", "嗯对，能参加，全程穿救生衣，在浅水区练。")]},
        ],
    },
    "silversmith": {
        "companies": [("錾银坊手工银饰工坊", "錾银坊手工银饰工坊")],
        "acct_label": "银饰定制单号",
        "verify": [("麻烦把银饰定制单号念给我。", "{acct_zh}。", ["account"]),
                   ("收件人的名字和地址是多少？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["定做的银镯一个多月了还没寄出来。", "收到的银戒指尺寸做小了。"],
             "result": ["给您加急重做，{doctor}师傅{due}前把寄出的单号告诉您。"],
             "qa": [("做小的戒指要先寄回去吗？", "嗯嗯，要寄回，来回运费我们出。")]},
            {"open": ["想给婚礼定做一对银手镯。"],
             "result": ["婚礼的可以做，{doctor}师傅{due}前把图样发给您挑。"],
             "qa": [("能把两个人的名字錾在里面吗？", "嗯对，能錾，内圈刻字不加钱。")]},
        ],
    },
    "gokart": {
        "companies": [("疾风卡丁车赛车场", "疾风卡丁车赛车场")],
        "acct_label": "卡丁车场次单号",
        "verify": [("麻烦把卡丁车场次单号念给我。", "{acct_zh}。", ["account"]),
                   ("购票人的名字和身份证后六位是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["买了十圈的票只让开了六圈。", "开到一半车子熄火了，也没人来管。"],
             "result": ["少开的圈数给您补，{doctor}经理{due}前把补票发到您手机上。"],
             "qa": [("补的票能留到下个月用吗？", "嗯嗯，能留，三个月内都有效。")]},
            {"open": ["想给儿子办一场卡丁车生日会。"],
             "result": ["生日会能办，{doctor}经理{due}前跟您定好场次。"],
             "qa": [("能给孩子们发个小奖杯吗？", "嗯对，前三名都有奖杯，我们免费准备。")]},
        ],
    },
    "dairyfarm": {
        "companies": [("青草坡牧场亲子体验园", "青草坡牧场亲子体验园")],
        "acct_label": "牧场体验预约单号",
        "verify": [("麻烦把牧场体验预约单号念给我。", "{acct_zh}。", ["account"]),
                   ("预约人的名字和手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["孩子喂小羊的时候手被咬破了。", "说好能挤奶，去了说奶牛在休息。"],
             "result": ["医药费我们承担，{doctor}场长{due}前跟您联系。"],
             "qa": [("打针的钱也能报吗？", "嗯嗯，能报，把票据拍照发来就行。")]},
            {"open": ["幼儿园想带大班的孩子来牧场。"],
             "result": ["园所团体能接，{doctor}场长{due}前把日程发给您。"],
             "qa": [("孩子们能自己挤奶吗？", "嗯对，饲养员手把手教，每人都能挤一点。")]},
        ],
    },
    "dogsled": {
        "companies": [("雪原犬橇营地", "雪原犬橇营地")],
        "acct_label": "犬橇体验订单编号",
        "verify": [("麻烦把犬橇体验订单编号念给我。", "{acct_zh}。", ["account"]),
                   ("订票人的名字和身份证后六位是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["订的全程只跑了四十分钟就回来了。", "说好提供防寒服，到了没有。"],
             "result": ["差的部分退给您，{doctor}领队{due}前把退款办好。"],
             "qa": [("退款退到原来那张卡上吗？", "嗯嗯，原路退，一般三天内到。")]},
            {"open": ["春节想带全家来坐犬橇，再住一晚。"],
             "result": ["春节还有房，{doctor}领队{due}前给您留好。"],
             "qa": [("晚上能看到雪地里的星星吗？", "嗯对，天晴的话营地关灯看星星，特别清楚。")]},
        ],
    },
    "brownsugar": {
        "companies": [("蔗香古法红糖作坊", "蔗香古法红糖作坊")],
        "acct_label": "红糖订单编号",
        "verify": [("麻烦把红糖订单编号念给我。", "{acct_zh}。", ["account"]),
                   ("收件人的名字和地址是多少？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["寄来的红糖块化成一摊了。", "买的姜汁红糖里吃出了一根草。"],
             "result": ["给您重新寄一箱，{doctor}师傅{due}前把单号发给您。"],
             "qa": [("化了的那些还能吃吗？", "嗯嗯，能吃，只是样子不好看，不用寄回。")]},
            {"open": ["想带孩子来看看红糖是怎么熬的。"],
             "result": ["熬糖季可以参观，{doctor}师傅{due}前跟您约日子。"],
             "qa": [("孩子能自己动手熬一小锅吗？", "嗯对，有亲子小锅，熬好了装盒带走。")]},
        ],
    },
    "bambooweave": {
        "companies": [("篾香竹编工坊", "篾香竹编工坊")],
        "acct_label": "竹编课程单号",
        "verify": [("麻烦把竹编课程单号念给我。", "{acct_zh}。", ["account"]),
                   ("上课人的名字和手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["课上编的篮子说好寄给我，一直没到。", "定的竹篮编得歪歪扭扭的。"],
             "result": ["给您重新编一只，{doctor}老师{due}前告诉您寄出的时间。"],
             "qa": [("编歪的那只要退回去吗？", "嗯嗯，不用退，留着放点杂物也行。")]},
            {"open": ["社区想请老师来教老人编竹器。"],
             "result": ["上门课可以排，{doctor}老师{due}前把课表发给您。"],
             "qa": [("篾条会不会扎手？", "嗯对，有点扎，我们会给每人发一副手套。")]},
        ],
    },
    "bungee": {
        "companies": [("断崖桥蹦极跳台", "断崖桥蹦极跳台")],
        "acct_label": "蹦极门票编号",
        "verify": [("麻烦把蹦极门票编号念给我。", "{acct_zh}。", ["account"]),
                   ("购票人的名字和手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["跳完说好的视频一直没发给我。", "上了跳台说风大不能跳，票也不退。"],
             "result": ["视频和退票都给您办，{doctor}主管{due}前跟您确认。"],
             "qa": [("视频能发原始文件吗？", "嗯嗯，能发，网盘链接直接发到您手机上。")]},
            {"open": ["想求婚的时候在跳台上拉个横幅。"],
             "result": ["可以布置，{doctor}主管{due}前跟您商量细节。"],
             "qa": [("能请摄影师一起拍吗？", "嗯对，能请，我们的摄影师在桥下拍全景。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["禤", "雒", "乜", "禚", "咸", "栗", "铁", "郤", "隆", "汲", "宛", "蓬"]
DOCTORS = SURNAMES           # the coach, the silversmith, the track manager ... by surname
NAMES = ["禤子谦", "雒晓棠", "乜嘉树", "禚若岚", "咸一鸣", "栗小满", "铁思源", "郤雨晴", "隆浩然", "汲书瑶",
         "宛清扬", "蓬星河"]
AREAS = ["听涛里小区", "银杏湾", "赛道花园", "牧歌新村", "雪松苑", "竹影巷社区"]
CITIES = ["万宁", "凯里", "肇庆", "锡林浩特", "漠河", "来宾", "安吉", "奉节"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["另外，我上次那笔定金怎么还没退回来？", "还有，我那张体验券怎么显示过期了？"]
HOLD2_AGENT = "定金和体验券我都查清了，定金前天已经退出去，过期的体验券给您重新发了一张。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
