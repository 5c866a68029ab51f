# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind29`` (dev only): the twenty-ninth blind evaluation set for issue 11.

Written by a twenty-ninth writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette),
without reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py and
blind10_text.py to blind28_text.py.  Eight business lines none of them had: a lighthouse-tour
operator (灯塔观光), a tatami and futon cleaner (榻榻米被褥清洗), a sleep-study clinic (睡眠监测),
a fountain-pen repair shop (钢笔修理), a bamboo-raft drifting camp (竹筏漂流), a bowling alley
(保龄球馆), a guzheng school (古筝培训) and an ice-sculpture studio (冰雕定制).  Each line is
answered by "the skeleton shift": a thin on-duty crew at the end of a long shift, tired agents in
short, plain sentences who backchannel a lot and fetch a colleague for anything they cannot decide;
sleepy, slow callers.  The words stay clock-neutral (the generator stamps calls 08:30-20:30).
Other 工号 forms (轮值客服, 执勤坐席, 工号尾数, 守线的, 接班客服, 值更席, 当日专席), offers of help,
closings, hold announcements and returns in other words, 服务禁语 in seven families, and hard
negatives.

Two openings are unusual but acceptable: one first tells the caller that the shift is thin and
what can be done at once and what is passed on; one first reassures a caller who sounds urgent.

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

HO_DOMAINS_LIST = ["lighthouse", "futon", "sleepstudy", "fountainpen", "bambooraft", "bowling", "guzheng",
                   "icesculpture"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说", "那么"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number in a form no earlier writer used, an offer of help; all fit any centre.  Two
# are unusual but acceptable: the thin shift said first; a reassurance first.
HO_GREETINGS = [
    "您好，{hotline}，轮值客服{agent_zh}号，请问有什么要帮您的？",
    "{tod}，这里是{hotline}，执勤坐席{agent_zh}号在线，您有什么事请说。",
    "您好，{hotline}，工号尾数{agent_zh}，我来接听，请问要办点什么？",
    "您好，欢迎打进{hotline}，守线的{agent_zh}号为您接听，有什么我能帮上的请讲。",
    "{tod}，{hotline}，接班客服{agent_zh}号，您请说，我来帮您处理。",
    "您好，{hotline}，{agent_zh}号，先跟您说一声，这会儿班上人少，能办的我当场给您办，办不了的我记下转给专人，您看有什么事？",
    "您好，{hotline}，{agent_zh}号小{agent_surname}，听您这口气是有急事吧，您别着急，慢慢说，我在听。",
    "{tod}，{hotline}值更席{agent_zh}号，很乐意为您效劳，请问您遇到什么情况了？",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["喂，谁呀，这会儿打来。", "喂，有话快讲。", "喂，说吧，我听着。", "哪位？什么事？",
                    "喂喂，听得见吗，讲。", "又是谁，讲。"]

# ---- closings
HO_CLOSING_ASK = ["您还有别的要我记下的吗？", "还有别的事要我转给专人跟进吗？", "还有什么我能帮上忙的？",
                  "别的还有要问的吗，我都在。"]
HO_CLOSING_CUST = ["没了，就这个。", "就这些。", "没别的了。", "没有，可以了。", "明天再说吧。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; one without 再见
# (thanks plus wishes), which is acceptable.
HO_CLOSING_BYE = {
    None: ["事情我记在交班本上了，谢谢您的来电，祝您今天过得顺心。",
           "明天一早就会有人联系您，感谢您的耐心，再见。",
           "您的事我交代下去了，谢谢您打来，多保重，再见。",
           "有进展我再打给您，感谢您体谅我们人手少，再见。",
           "记好了，感谢您的来电，祝您休息好，再见。"],
    "lighthouse": ["谢谢您预约灯塔观光，祝您看到最美的海上日落，再见。"],
    "futon": ["感谢您把被褥交给我们，祝您睡得又软又暖，再见。"],
    "sleepstudy": ["谢谢您来做睡眠监测，祝您早日睡个整觉，再见。"],
    "fountainpen": ["感谢您送修钢笔，祝您写字顺顺当当，再见。"],
    "bambooraft": ["谢谢您选我们的竹筏漂流，祝您玩得尽兴又平安，再见。"],
    "bowling": ["感谢您来打球，祝您下一局全中，再见。"],
    "guzheng": ["谢谢您对学堂的信任，祝孩子弹得越来越好，祝您顺心，再见。"],
    "icesculpture": ["感谢您定制冰雕，祝您的活动圆满成功，再见。"],
}
HO_CLOSING_CUST_BYE = ["好，拜拜。", "行，再见。", "嗯，好。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["行，记下了，挂了。", "就这样吧，我这儿还有别的线。", "明天找专人再问。", "没了吧？没了我挂了。",
                   "结果出来会通知的，先这样。", "好了好了，有事再打过来。"]
HO_BAD_CLOSING_CUST = ["哎，这就挂了？", "等等，我还没问完。", "这服务真够呛。", "喂？喂？"]

# ---- holds: announcements in other words (hold the handset, keep the line, don't put it down ...);
# thanks on return in other words; returns without thanks; none promises music (it is drawn per
# hold), and all fit any centre.
HO_HOLD_ANNOUNCE = ["这个得叫上休息室的师傅问一声，您拿着听筒别放，我马上回来。",
                    "系统这会儿慢，我去旁边那台机器上查，麻烦您等我一小会儿。",
                    "值班主任在里屋，我进去请他，您这边线别断，稍等。",
                    "我拨个内线给库房，您先候着别挂，很快。",
                    "我翻翻交班本，请您在线上等一等，别收线。",
                    "这个价我做不了主，我去问问带班的，电话您先别放下。",
                    "我用对讲机喊一下巡场的同事，请您保持通话，一会儿就好。"]
ANNOUNCE_RE = "别放|等我一小会儿|线别断|候着别挂|别收线|保持通话"
HO_HOLD_THANKS = ["谢谢您陪我等着，师傅说能修。", "让您在线上熬着了，对不住，交班本上查到了。",
                  "多谢您耐着性子，带班的点头了。", "辛苦您久等，库房那边回话了。",
                  "抱歉耽误您这么久，同事查清楚了。"]
HO_THANKS_WORDS = ["谢谢", "感谢", "多谢", "久等", "久候", "麻烦您", "辛苦", "抱歉", "不好意思", "劳驾", "有劳", "难为",
                   "让您等", "耽搁", "劳烦", "过意不去", "干等", "空等", "对不住", "对不起", "耐心", "多亏", "劳您",
                   "耽误", "占用", "耐着性子", "谢了", "谢啦", "候着", "等了", "承蒙", "费心", "烦请", "恳请", "没挂",
                   "等着", "等候", "辛劳", "包涵", "见谅", "体谅", "着急", "守着", "没走开", "等我", "陪着", "费神",
                   "受累", "持线", "等待", "烦劳", "万分", "敬请", "静候", "恭候", "劳您久", "熬着", "陪我等", "担待"]
HO_RESUME_NO_THANKS = ["师傅说明早八点前能派人过去。", "带班的同意先免掉这次的加急费。", "交班本上记着，您的东西前天就送出了。",
                       "库房说架子上还剩两件。", "主任的意思是先按原价收，差价月底退。"]
HO_UNANNOUNCED_PRE = ["我看看交班本。", "我翻翻记录。", "我找找单子。", None, None]
# words a return without thanks, or the line before an unannounced hold, must not have
NOT_ANNOUNCING = ["等", "稍", "挂", "候", "线上", "在线", "别收", "收线", "搁", "音乐", "提示音", "片刻", "马上", "一会儿",
                  "一下", "别走", "静音", "安勿躁", "回来", "断", "旋律", "握着", "安静", "结束通话", "离开", "听筒",
                  "保留", "没声音", "端着", "放下", "线路", "电话", "别放", "拿着", "小曲", "撂", "多待", "保持",
                  "走开", "接回", "不挂", "通话", "一阵", "暂停", "挂机", "掉线", "座位", "一分钟", "话筒", "去去就",
                  "很快", "内线", "接到", "持机", "拿稳", "中断", "听不到", "守在", "转入", "恢复", "座席", "请示", "维持",
                  "两分钟", "半分钟", "请勿", "尽快", "不会太久", "不会长", "这就", "核实", "呼", "叫醒", "问问", "机子",
                  "打给", "不要", "留在", "别挂", "左右", "进系统", "请教", "走过去", "那头", "一两分钟", "听着",
                  "调取", "查阅", "答复", "暂候", "静候", "立刻", "回复您", "对讲", "里屋", "叫上", "休息室", "旁边",
                  "拨个", "去问", "喊", "进去"]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic).  Two are hard
# negatives: a look-alike of a hold announcement (nobody has to be fetched; no hold follows) and a
# look-alike of a closing (a thank-you in mid-call, then on to the next matter).
HO_ACK_AGENT = ["是啊，碰上这种事谁都闹心，我先给您记上。", "好啊，那就照您说的办。",
                "是啊，这个点师傅们都歇了，不过我能先给您登记排上。",
                "不用让您等，排班表就在我手边，我直接告诉您。",
                "谢谢您特意打来告诉我们这件事，咱们接着说第二件。"]
HO_ACK_CUST = ["好。", "行，那就这样。", "嗯，明白了。", "哦，是这样。", "成。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["嗯。", "好。", "在听。", "您说。", "哦哦。", "嗯哼。"]
HO_CUST_BC = ["嗯。", "噢。", "唔。", "是。", "好嘞。", "对对。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "被子洗完缩了一圈。", "送来的时候标签都剪了，洗坏了只能怪您没留标签。", "只能怪您没留标签"),
    ("blame_customer", "钢笔修完还是漏墨。", "您那瓶墨水太稠，自己灌错了墨还来找修理铺。", "自己灌错了墨"),
    ("blame_customer", "漂流的时候手机掉水里了。", "下水前广播喊了三遍要装防水袋，是您自己当耳旁风。", "是您自己当耳旁风"),
    ("refuse_responsibility", "灯塔观光的船没开。", "开不开船是海事局说了算，这个锅我们不背。", "这个锅我们不背"),
    ("refuse_responsibility", "冰雕没到中午就化了一半。", "天热化了那是老天爷的事，跟工作室不沾边。", "跟工作室不沾边"),
    ("refuse_responsibility", "监测报告里的数据好像不对。", "数据是机器出的，有意见您去找厂家。", "有意见您去找厂家"),
    ("do_it_yourself", "保龄球馆几点关门？", "门口牌子上写着呢，您路过自己瞅一眼。", "自己瞅一眼"),
    ("do_it_yourself", "古筝的弦怎么调？", "教材后面附了调音表，照着拧就行，犯不上打来问。", "照着拧就行"),
    ("do_it_yourself", "睡眠监测前要注意什么？", "注意事项都发您短信了，翻翻短信，别老打过来。", "翻翻短信，别老打过来"),
    ("take_or_leave", "取件能不能改到周末？", "周末不跑车，爱洗不洗。", "爱洗不洗"),
    ("take_or_leave", "冰雕能不能便宜点？", "价钱一分不让，觉得贵您就别订了。", "觉得贵您就别订了"),
    ("take_or_leave", "古筝课能不能换个老师？", "老师就这么几个，换不了，不学拉倒。", "不学拉倒"),
    ("impatience", "漂流到底几点集合？", "七点，七点，我嘴皮子都磨破了。", "我嘴皮子都磨破了"),
    ("impatience", "钢笔到底什么时候修好？", "一遍遍地问，您让我上哪儿给您变出来。", "上哪儿给您变出来"),
    ("impatience", "监测要戴一整夜吗？", "一整夜，一整夜，您到底听进去没有。", "您到底听进去没有"),
    ("sarcasm", "灯塔能不能让我上去开灯？", "您上去开灯，那过路的船都该往您家开了。", "船都该往您家开了"),
    ("sarcasm", "被子能不能洗得跟新的一样香？", "要跟新的一样香，您不如直接买床新的，还省事。", "不如直接买床新的"),
    ("sarcasm", "保龄球能不能给我换个好打的球道？", "球道还分好打难打，您可真会发明。", "您可真会发明"),
    ("talking_down", "古筝的义甲怎么戴？", "义甲都不会戴，您这学费交得冤。", "学费交得冤"),
    ("talking_down", "钢笔笔尖还分粗细吗？", "连笔尖粗细都分不清，还玩什么钢笔。", "还玩什么钢笔"),
    ("talking_down", "睡眠呼吸暂停是什么病？", "这种病讲起来复杂，说了您也未必听得懂。", "说了您也未必听得懂"),
]
HO_FORBIDDEN_REACT = ["你这是什么口气？我要投诉你。", "你把工号报给我，我明天找你们领导。",
                      "我好声好气问你，你凭什么这么冲？", "行，这话我录下来了。"]
# Agent hard negatives: taboo-ish words in acceptable service language; five answer the yes-no
# question with 嗯对 / 嗯嗯 (look-alikes are reached far more surely than small talk).
HO_LOOKALIKES = [
    ("blame_customer", "被子缩水是不是因为我把标签剪了？", "嗯嗯，跟标签没关系，是我们水温没控制好，这次免费给您重洗。"),
    ("blame_customer", "钢笔漏墨是不是我墨水用错了？", "有可能，不过您先别自己担着，送过来我们拆开看了再说。"),
    ("refuse_responsibility", "观光船停航是海事局的决定吗？", "嗯对，是海事局发的大风通知，船票我们全额退给您，改期也行。"),
    ("refuse_responsibility", "冰雕化得快，你们管吗？", "管的，我们给您补一层保护罩，再派人过去看看。"),
    ("do_it_yourself", "保龄球馆关门时间门口有写吗？", "嗯嗯，门口有写，我也直接告诉您，夜里十二点关门。"),
    ("do_it_yourself", "调音表在教材后面吗？", "在的，第四十页，您要是拧不准，来上课时老师帮您调。"),
    ("take_or_leave", "冰雕是不是一口价？", "嗯对，标的是一口价，不过订两座以上有优惠，我给您算算。"),
    ("take_or_leave", "周末真的不能取件吗？", "周末车少，我可以给您约周五傍晚，不耽误您用。"),
    ("impatience", "我是不是问太多遍了？", "嗯嗯，没事，您问几遍我都给您讲清楚。"),
    ("impatience", "这时候打来是不是打扰你们了？", "不打扰，班上就是为这个留人的，您慢慢讲。"),
    ("sarcasm", "被子洗完能跟新的一样吗？", "颜色能恢复个八九成，蓬松度会比现在好很多。"),
    ("talking_down", "我刚学古筝，义甲怎么戴都不会，能教教我吗？", "好啊，义甲贴在指尖，胶布缠两圈就稳了，我慢慢跟您说。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("这么点事你们就这么办？", "让您这么操心，是我们没做好，我先给您想办法。"),
    ("你是不是还没睡醒？", "我清醒着呢，您的事我一条条记下了。"),
    ("别念经了，说人话。", "好的，简单说，明早九点前给您办好。"),
    ("你们这破店迟早关门。", "您的气我理解，先把您的问题解决了再说。"),
    ("我打了四次才有人接，你们人都去哪了？", "班上人手少，让您打了这么多次，实在对不起。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我上礼拜送去洗的两床被子加一张榻榻米垫子，说好三天送回来，结果拖到第六天，拿回来一看被子缩了一大圈，垫子边上还发了霉，一股味儿。",
    "我那支钢笔是我爸留下来的，送过去说换个笔囊，修回来不但还漏墨，笔尖还歪了，写字刮纸，我心疼得一晚上没睡好。",
    "我们一家五口订的是上午十点的竹筏，到了码头说水太急要等，一等就等到下午两点，孩子都饿哭了，也没人出来解释一句。",
    "公司年会订的那座冰雕，说好早上七点前送到酒店，八点半才到，底座还裂了一条缝，开场的时候差点倒了，老板当场就黑了脸。",
]
# long enough (12 字) that even the fastest agent of this set talks over the caller for >= 1.5 s
HO_INTERRUPT_AGENT = [
    "被子缩水和垫子发霉的事我们认，我先给您安排免费重洗。",
    "笔尖弄歪是我们的责任，我马上让修笔师傅给您重新校正。",
    "让您一家等了四个钟头，这次的船票我们全额退给您。",
    "冰雕晚到还裂了缝，这单的费用我们给您退一半。",
]
HO_EARLY_AGENT = [
    "睡眠监测是这样安排的，您晚上八点半到中心办入住，护士给您贴电极、戴血氧夹和呼吸带，整个过程不疼，十点左右熄灯，您就照平常的习惯睡，第二天早上六点半拆设备，报告三个工作日后出来。",
    "灯塔观光的流程我跟您说一下，下午四点在渔港码头集合，坐二十分钟的船上岛，先参观灯塔底下的展厅，再爬一百二十级台阶到瞭望台看日落，天黑以后看灯塔亮灯，七点半坐船回来。",
    "古筝体验课是这么上的，第一节课老师先教坐姿和义甲的戴法，再练托、抹、勾三个基本指法，一节课四十五分钟，课后可以把琴借回家练一周，满意了再报正式的班。",
]
# callers cut in with these: long enough to keep >= 1.5 s of talking over the agent
HO_EARLY_CUST = ["等一下等一下，我就想问要不要空腹。", "你先停停，我只想知道几点回来。",
                 "不好意思打断一下，我就问收多少钱。"]
HO_AFTER_INTERRUPT_CUST = ["您让我说完好吗。", "我话还没说完呢。", "算了，您先说吧。"]
HO_AFTER_EARLY_AGENT = ["好，我先回答您这个。", "行，您先问。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics)
HO_GENERIC_QA = [
    ("你们晚上有人接电话吗？", "嗯对，班上一直留着人，什么时候打都有人接。"),
    ("能开电子发票吗？", "嗯嗯，能开，办完两天内发到您的邮箱。"),
    ("停车方便吗？", "门口有十来个车位，晚上来一般都有空。"),
    ("能用医保卡吗？", "这个项目医保报不了，可以刷银行卡或者扫码。"),
    ("你们在哪条街上？", "在桥东路六十六号，公交站下来走两分钟。"),
    ("下雨天照常营业吗？", "下雨照常，只有台风天会临时关门。"),
    ("预约了去不了怎么办？", "提前一天说一声就行，不扣钱。"),
    ("有会员卡吗？", "充五百送五十，卡不记名，家里人都能用。"),
    ("刚才那句我没听清，能再说一遍吗？", "可以，我慢一点再讲一遍。"),
    ("学生有优惠吗？", "带学生证来打八折。"),
    ("能不能明天一早就办？", "明早第一个给您排上，九点前有人联系您。"),
    ("坏了能保修多久？", "保修三个月，期间再坏免费修。"),
    ("上门之前会打招呼吗？", "出发前半小时会先给您发条短信。"),
    ("能不能换成上次那个师傅？", "能，我给您备注上，等他有空就排。"),
    ("过年那几天开门吗？", "除夕和初一歇两天，其他时间照常。"),
    ("老人小孩能一起来吗？", "能来，七十岁以上和六岁以下有专门的照顾。"),
]
# Customers' long turns: sleepy, slow callers, a little apologetic.
HO_CUST_DETAIL = ["我刚躺下又想起这事，干脆打个电话问问。",
                  "不好意思，我这会儿才有空，白天一直在忙。",
                  "我嗓子有点哑，说话慢，您多担待。",
                  "这事我琢磨好几天了，心里一直搁着。",
                  "我刚下班，脑子有点木，您说慢一点。",
                  "家里人都歇了，我小点声说。"]
HO_CUST_SEARCH = ["等会儿，我开个灯找找单子。", "我翻翻手机里的短信。"]
HO_CUST_FILLER_OPEN = ["嗯，", "呃，", "啊，", "呃，那个，", "嗯，我想想，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["刚才没听全，请您再报一遍手机号码。"],
    "name": ["刚才没听全，请您再报一遍名字。"],
    "id": ["刚才没听全，请您再报一遍身份证后六位。"],
    "account": ["刚才没听全，请您再报一遍{acct_label}。"],
    "address": ["刚才没听全，请您再报一遍地址。"],
}
HO_SLOT_ANSWER = {
    "phone": "{phone_zh}。", "name": "{name}。", "id": "{id6_zh}。",
    "account": "{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["刚说过了，", "", "您记一下，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["我念一遍您听听，手机{phone_zh}，没错吧？"],
    "name": ["我念一遍您听听，{name}，没错吧？"],
    "id": ["我念一遍您听听，身份证尾号{id6_zh}，没错吧？"],
    "account": ["我念一遍您听听，{acct_label}{acct_zh}，没错吧？"],
    "address": ["我念一遍您听听，{address}，没错吧？"],
}
HO_READBACK_CUST = ["对。", "没错。", "嗯，对。", "对的对的。"]
HO_NEW_ASK = {
    "phone": ("我白天关机，能打我爱人的手机吗？", "嗯嗯，可以，请您报一下您爱人的手机号码。", "{phone_zh}。", "好，以后白天先打这个。"),
    "name": ("能用我儿子的名义登记吗？", "可以，请说一下您儿子的全名。", "{name}。", "好的，登记人已经改了。"),
    "address": ("能寄到我单位去吗？", "嗯对，能寄，请您报一下单位的地址。", "{address}。", "好，寄送的去处改过来了。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]),
                    ("account", ["卡号", "账号", "编号", "单号"]),
                    ("name", ["姓名", "名字", "全名", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["再报一遍", "请您报", "请说一下", "是多少", "报给我"]


# the slot an agent line asks for, or None (read-backs 「我念一遍您听听…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("我念一遍您听听",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so most
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).
HO_DOMAINS = {
    "lighthouse": {
        "companies": [("望潮角灯塔观光中心", "望潮角灯塔观光中心")],
        "acct_label": "灯塔观光船票单号",
        "verify": [("请您报一下灯塔观光船票单号。", "{acct_zh}。", ["account"]),
                   ("乘船人的名字和身份证后六位是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["昨天的观光船说停就停了。", "想把观光改到下个周末。"],
             "result": ["给您改到下周六下午，{doctor}船长{due}前跟您确认开不开船。"],
             "qa": [("改期要加钱吗？", "嗯嗯，不加，天气原因改期都是免费的。")]},
            {"open": ["想包一条船带同学上岛看灯塔。"],
             "result": ["包船可以安排，{doctor}主管{due}前把报价发给您。"],
             "qa": [("包船能在岛上多待一会儿吗？", "嗯对，包船的话可以多停半小时。")]},
        ],
    },
    "futon": {
        "companies": [("软语榻榻米被褥清洗坊", "软语榻榻米被褥清洗坊")],
        "acct_label": "被褥清洗取件单号",
        "verify": [("请您报一下被褥清洗取件单号。", "{acct_zh}。", ["account"]),
                   ("送洗人的名字和地址是多少？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["送洗的被子拿回来缩了一圈。", "榻榻米垫子边上发霉了。"],
             "result": ["免费给您重洗一次，{doctor}师傅{due}上门取件。"],
             "qa": [("重洗还会缩吗？", "嗯嗯，不会，这次用低温手洗。")]},
            {"open": ["家里三张榻榻米想做一次除螨。"],
             "result": ["可以上门除螨，{doctor}师傅{due}过去看看面积。"],
             "qa": [("除螨完当天能睡吗？", "嗯对，能睡，晾两个小时就干了。")]},
        ],
    },
    "sleepstudy": {
        "companies": [("安枕睡眠监测中心", "安枕睡眠监测中心")],
        "acct_label": "睡眠监测预约编号",
        "verify": [("请您报一下睡眠监测预约编号。", "{acct_zh}。", ["account"]),
                   ("受检人的名字和手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["监测报告里的数据好像不对。", "想把监测改到下个月。"],
             "result": ["给您安排复核，{doctor}医生{due}前给您解读报告。"],
             "qa": [("复核要再睡一晚吗？", "嗯嗯，不用，先看原来的数据。")]},
            {"open": ["家里老人打呼噜很厉害，想来做个监测。"],
             "result": ["可以预约整夜监测，{doctor}医生{due}先给老人做个问诊。"],
             "qa": [("家属能陪着吗？", "嗯对，能陪，房间里有一张陪护床。")]},
        ],
    },
    "fountainpen": {
        "companies": [("笔耕钢笔修理铺", "笔耕钢笔修理铺")],
        "acct_label": "钢笔送修单号",
        "verify": [("请您报一下钢笔送修单号。", "{acct_zh}。", ["account"]),
                   ("送修人的名字和手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["修好的钢笔还是漏墨。", "笔尖修完歪了，写字刮纸。"],
             "result": ["免费再修一次，{doctor}师傅{due}亲手给您校笔尖。"],
             "qa": [("这次能修好吗？", "嗯嗯，能，笔尖歪了可以校回来。")]},
            {"open": ["有一支老钢笔想换个笔囊。"],
             "result": ["笔囊有货，{doctor}师傅{due}前给您换好。"],
             "qa": [("换笔囊要多少钱？", "换笔囊三十块，连清洗一起。")]},
        ],
    },
    "bambooraft": {
        "companies": [("青溪竹筏漂流营地", "青溪竹筏漂流营地")],
        "acct_label": "竹筏漂流订单号",
        "verify": [("请您报一下竹筏漂流订单号。", "{acct_zh}。", ["account"]),
                   ("领队的名字和身份证后六位是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["上午的竹筏等了四个钟头才下水。", "漂流的时候手机掉水里了。"],
             "result": ["这次的船票全额退，{doctor}经理{due}前给您回话。"],
             "qa": [("退款原路返回吗？", "嗯对，原路退，三天内到账。")]},
            {"open": ["公司三十个人想来漂流团建。"],
             "result": ["三十人可以包半天，{doctor}经理{due}前把方案发给您。"],
             "qa": [("团建能安排午饭吗？", "嗯嗯，能，营地食堂可以做农家菜。")]},
        ],
    },
    "bowling": {
        "companies": [("全中保龄球馆", "全中保龄球馆")],
        "acct_label": "球馆会员卡号",
        "verify": [("请您报一下球馆会员卡号。", "{acct_zh}。", ["account"]),
                   ("会员的名字和手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["卡里的局数少了五局。", "上次订的球道被别人占了。"],
             "result": ["少的局数给您补回去，{doctor}店长{due}前再跟您对一遍。"],
             "qa": [("补的局数有期限吗？", "嗯嗯，有，三个月内打完就行。")]},
            {"open": ["周五晚上想包四条球道办比赛。"],
             "result": ["四条球道可以留，{doctor}店长{due}前跟您确认人数。"],
             "qa": [("能借统一的球鞋吗？", "嗯对，能借，鞋码齐全。")]},
        ],
    },
    "guzheng": {
        "companies": [("筝韵古筝培训学堂", "筝韵古筝培训学堂")],
        "acct_label": "古筝学员编号",
        "verify": [("请您报一下古筝学员编号。", "{acct_zh}。", ["account"]),
                   ("学员的名字和家长的手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["孩子想换个古筝老师。", "上周的课老师没来。"],
             "result": ["给您换到周六的班，{doctor}老师{due}前跟您联系。"],
             "qa": [("换老师要补学费吗？", "嗯嗯，不用补，课时照旧。")]},
            {"open": ["孩子想考古筝五级。"],
             "result": ["可以报考级班，{doctor}老师{due}先给孩子听一次琴。"],
             "qa": [("考级的琴要自己带吗？", "嗯对，考场有琴，自己带也可以。")]},
        ],
    },
    "icesculpture": {
        "companies": [("凝晶冰雕定制工作室", "凝晶冰雕定制工作室")],
        "acct_label": "冰雕定制合同编号",
        "verify": [("请您报一下冰雕定制合同编号。", "{acct_zh}。", ["account"]),
                   ("联系人的名字和地址是多少？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["冰雕晚到了一个半小时。", "冰雕的底座裂了一条缝。"],
             "result": ["这单给您退一半，{doctor}主管{due}前跟您对一下赔付。"],
             "qa": [("下次能早点送吗？", "嗯嗯，能，下次提前两个小时出车。")]},
            {"open": ["婚礼上想要一对天鹅冰雕。"],
             "result": ["天鹅的样子可以做，{doctor}师傅{due}前把效果图发给您。"],
             "qa": [("冰雕能撑多久不化？", "嗯对，室内能撑五六个小时，我们会配接水盘。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["迟", "原", "门", "展", "党", "师", "巨", "益", "东", "丰", "从", "相", "苍", "双", "阳", "端"]
DOCTORS = SURNAMES           # the captain, the cleaner, the doctor, the pen-smith ... by surname
NAMES = ["迟雨桐", "原嘉懿", "门思齐", "展鹏飞", "党慧敏", "师若愚", "巨文博", "益欣然", "东晓光", "丰子墨",
         "从安琪", "相可馨"]
AREAS = ["望海新村", "灯塔路小区", "溪口花园", "冰城嘉苑", "柳荫里", "北湾公寓"]
CITIES = ["北海", "连云港", "哈尔滨", "黄山", "宁德", "营口", "温州", "湛江"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["还有件事，我上礼拜交的押金退了没有？", "对了，我卡里的积分怎么少了一截？"]
HOLD2_AGENT = "押金和积分都看过了，押金昨天已经退回，积分是到期清掉的，我给您补回来。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
