# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind26`` (dev only): the twenty-sixth blind evaluation set for issue 11.

Written by a twenty-sixth writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette),
without reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py and
blind10_text.py to blind25_text.py.  Eight business lines none of them had, in the holiday season,
with many elderly and chatty callers: a yacht-charter desk (游艇包船; cheerful leisure sales), a
model-railway shop (模型火车; enthusiast shop assistant), a fireworks retailer and delivery depot
(烟花爆竹; seasonal, safety-minded), a restaurant's New-Year's-Eve banquet booking desk (年夜饭预订;
warm hostess), a newspaper and magazine subscription line (报刊订阅; patient postal clerk), a
knitting-wool shop (毛线编织; homely shopkeeper), a sewing-machine repair service (缝纫机维修;
old-fashioned repairer) and a hot-air-balloon flight centre (热气球飞行; safety briefing).
The calls come in during the holiday-season queue: warm, patient agents who over-explain, elderly
callers who ramble and wander off topic, long turns with many agent backchannels, few read-backs
and long holds.  Other 工号 forms (节日值班, 接线员, 话务员, 服务专员, 坐席, 热线 ...), offers of help,
closings, hold announcements and returns in other words, 服务禁语 in seven families, and hard
negatives.

Two openings are unusual but acceptable: one wishes the caller an early happy New Year before
offering help; one invites the caller to say so whenever the agent should speak more slowly or
louder before asking what is needed.

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

HO_DOMAINS_LIST = ["yacht", "modeltrain", "fireworks", "banquet", "newspaper", "knitting", "sewing", "balloon"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说", "那么"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number in a form no earlier writer used, an offer of help; all fit any centre.  Two
# are unusual but acceptable: an early New-Year wish; an offer to speak slower or louder.
HO_GREETINGS = [
    "您好，{hotline}，节日值班{agent_zh}号为您接听，您慢慢说，不着急。",
    "{tod}，{hotline}，我是接线员{agent_zh}号，今天有什么能帮上您的？",
    "您好呀，这里是{hotline}，{agent_zh}号话务员小{agent_surname}，您请说。",
    "您好，{hotline}，服务专员{agent_zh}号，过节打进来的人多，让您排了一会儿队，请问想办点什么？",
    "您好，{hotline}{agent_zh}号，先给您拜个早年，有什么事您尽管说，我一样一样帮您弄清楚。",
    "您好，{hotline}，{agent_zh}号坐席，您要是觉得我说得快了或者声音小了，随时提醒我，请问需要什么帮助？",
    "{tod}，欢迎打进{hotline}，值机员{agent_zh}号很高兴为您效劳。",
    "您好，{hotline}热线{agent_zh}号在线，请问今天打来是为了哪件事？",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["喂，说话。", "谁呀？大过节的。", "喂喂，听得见吧，啥事？", "又来一个，讲吧。",
                    "喂，这边忙着呢，有话快讲。", "过年了还打来，说。"]

# ---- closings
HO_CLOSING_ASK = ["今天的事都帮您弄妥了，还有哪里不明白的吗？", "您看还有别的要问的没有？不着急，慢慢想。",
                  "除了这件，还有要我帮着办的吗？", "别的还有什么需要的吗？我都在。"]
HO_CLOSING_CUST = ["没了没了。", "就这一件事。", "没有了，你们也辛苦。", "暂时想不起来了。", "够了够了。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; one without 再见
# (thanks plus wishes), which is acceptable.
HO_CLOSING_BYE = {
    None: ["好嘞，那今天就先聊到这儿，谢谢您打过来，过个好年，再见。",
           "都给您记好了，谢谢您这么耐心听我讲，祝您节日快乐、身体健康。",
           "事情就这么办，感谢您打进热线，天冷多穿点，再见。",
           "有问题随时再打过来，谢谢您，祝您全家团团圆圆，再见。",
           "那我就不多占您时间了，感谢您的信任，再见。"],
    "yacht": ["谢谢您选我们的游艇，祝您出海风平浪静，再见。"],
    "modeltrain": ["谢谢您照顾小店生意，祝您的小火车跑得稳稳当当，再见。"],
    "fireworks": ["感谢您在我们这儿买烟花，燃放时注意安全，祝您新年红红火火，再见。"],
    "banquet": ["谢谢您订我们的年夜饭，祝您一家团圆美满，再见。"],
    "newspaper": ["感谢您订阅我们的报刊，祝您读报愉快，再见。"],
    "knitting": ["谢谢您来买毛线，祝您织得顺手，家里人穿得暖和，再见。"],
    "sewing": ["谢谢您信得过我们的手艺，祝您的缝纫机越用越顺，再见。"],
    "balloon": ["感谢您预约热气球飞行，祝您和孙子玩得开心，再见。"],
}
HO_CLOSING_CUST_BYE = ["好，再见啊。", "谢谢啊，拜拜。", "好好，挂了。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["好了，就到这儿。", "行了，别的下回说。", "我这边还有人排队，挂了。", "说完了吧，那就这样。",
                   "记下了，你等通知。", "过节忙，先这样吧。"]
HO_BAD_CLOSING_CUST = ["就这样挂了？", "喂，喂？怎么没声了。", "我还有一件事没问呢。", "你们怎么连句客气话都没有。"]

# ---- holds: announcements in other words (wait a little, don't put the phone down, hold on ...);
# thanks on return in other words; returns without thanks; none promises music (it is drawn per
# hold), and all fit any centre.
HO_HOLD_ANNOUNCE = ["我去库房那边问一声还有没有货，得走过去，您拿着电话稍微等等，我尽快回来。",
                    "我翻一下登记本，页数多，请您先别撂电话，一两分钟就好。",
                    "这个我得请教一下老师傅，您在那头等我一会儿好不好？",
                    "我把您的单子从电脑里找出来，请不要挂断，我很快就回来。",
                    "我这就去问问经理能不能通融，您先听着别放下。",
                    "日程表我得一页一页对，麻烦您耐心等候，我马上来。",
                    "我查一查今年的价目，您先拿着听筒候一候。"]
ANNOUNCE_RE = "稍微等等|别撂电话|等我一会儿|请不要挂断|别放下|耐心等候|候一候"
HO_HOLD_THANKS = ["谢谢您一直等着，库房说还有三件。", "让您等了这么久，真过意不去，老师傅说能修。",
                  "多谢您耐心，经理同意了。", "感谢您等我，今年的价目查清楚了。",
                  "辛苦您了，登记本上找着您了。"]
HO_THANKS_WORDS = ["谢谢", "感谢", "多谢", "久等", "久候", "麻烦您", "辛苦", "抱歉", "不好意思", "劳驾", "有劳", "难为",
                   "让您等", "耽搁", "劳烦", "过意不去", "干等", "空等", "对不住", "对不起", "耐心", "多亏", "劳您",
                   "耽误", "占用", "耐着性子", "谢了", "谢啦", "候着", "等了", "承蒙", "费心", "烦请", "恳请", "没挂",
                   "等着", "等候", "辛劳", "包涵", "见谅", "体谅", "着急", "守着", "没走开", "等我", "陪着", "费神",
                   "受累"]
HO_RESUME_NO_THANKS = ["库房说那款还剩三件。", "老师傅看了，机头能修好。", "经理同意按老价格给您。",
                       "今年的价目查清了，比去年涨了二十块。", "登记本上有您，是十二月五号登记的。"]
HO_UNANNOUNCED_PRE = ["我翻翻登记本。", "我对对今年的价目。", "我看看库房的单子。", None, None]
# words a return without thanks, or the line before an unannounced hold, must not have
NOT_ANNOUNCING = ["等", "稍", "挂", "候", "线上", "在线", "别收", "收线", "搁", "音乐", "提示音", "片刻", "马上", "一会儿",
                  "一下", "别走", "静音", "安勿躁", "回来", "断", "旋律", "握着", "安静", "结束通话", "离开", "听筒",
                  "保留", "没声音", "端着", "放下", "线路", "电话", "别放", "拿着", "小曲", "撂", "多待", "保持",
                  "走开", "接回", "不挂", "通话", "一阵", "暂停", "挂机", "掉线", "座位", "一分钟", "话筒", "去去就",
                  "很快", "内线", "接到", "持机", "拿稳", "中断", "听不到", "守在", "转入", "恢复", "座席", "请示", "维持",
                  "两分钟", "半分钟", "请勿", "尽快", "不会太久", "不会长", "这就", "核实", "呼", "叫醒", "问问", "机子",
                  "打给", "不要", "留在", "别挂", "左右", "进系统", "翻原件", "确认排期", "请教", "走过去", "那头",
                  "一两分钟", "一页一页", "听着"]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic).  Two are hard
# negatives: a look-alike of a hold announcement (the price list is at hand; no hold follows) and a
# look-alike of a closing (a thank-you in mid-call, then on to the next matter).
HO_ACK_AGENT = ["是啊，过年前大家都赶着办，我一定给您弄好。", "好啊，那咱们就按您说的来。",
                "价目表就在我手边，用不着让您等，我直接念给您。", "谢谢您跟我说得这么细，咱们接着说下一件。"]
HO_ACK_CUST = ["好好。", "那行。", "嗯，是这样。", "哦，知道了。", "成。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["嗯。", "哦。", "是。", "您说。", "对对。", "好。"]
HO_CUST_BC = ["嗯嗯。", "是是。", "哦哦。", "好嘞。", "对。", "嗯。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "出海那天我晕船吐了一路，你们也不提醒。", "晕船是您自己体质的事，上船前不吃药怨谁。", "上船前不吃药怨谁"),
    ("blame_customer", "缝纫机修好拿回来又跳针了。", "您那线穿得乱七八糟，跳针是您自己穿错了。", "跳针是您自己穿错了"),
    ("blame_customer", "订的报纸老是收不到。", "信箱口堆得满满当当，收不到还不是您家没清。", "还不是您家没清"),
    ("refuse_responsibility", "烟花放了一半就哑了。", "哑炮是厂家的事，我们只管卖，您去找厂家。", "我们只管卖"),
    ("refuse_responsibility", "模型火车寄到的时候车厢摔坏了。", "摔坏了找快递理论，出了门就不归我们了。", "出了门就不归我们了"),
    ("refuse_responsibility", "年夜饭的菜单怎么跟说好的不一样？", "菜单是厨房定的，我这前台管不着。", "我这前台管不着"),
    ("do_it_yourself", "毛线帽子的花样怎么织？", "图解都在包装袋里，自个儿琢磨去。", "自个儿琢磨去"),
    ("do_it_yourself", "模型火车的轨道怎么接？", "说明书一共就三页，您戴上老花镜自己看。", "戴上老花镜自己看"),
    ("do_it_yourself", "坐热气球要准备些什么？", "注意事项官网上挂着呢，自己上网搜。", "自己上网搜"),
    ("take_or_leave", "年夜饭能不能少订两个菜？", "套餐就是十二道菜，一道不能减，嫌多就别订。", "嫌多就别订"),
    ("take_or_leave", "游艇能不能只包半天？", "最少包一整天，半天的生意我们不做。", "半天的生意我们不做"),
    ("take_or_leave", "烟花能不能送到家门口？", "只能到店自提，要送货您另找别家。", "要送货您另找别家"),
    ("impatience", "姑娘，我再问一句，那台缝纫机到底哪天能修好？", "一个问题您颠过来倒过去地问，我手上还压着一堆单子呢。", "颠过来倒过去地问"),
    ("impatience", "你听我从头讲，那年我刚订报的时候，邮局还在老地方。", "大爷，说重点，我没空听您讲古。", "没空听您讲古"),
    ("impatience", "热气球到底几点起飞，你再说说？", "都说三遍了，记不住就拿笔写下来。", "记不住就拿笔写下来"),
    ("sarcasm", "游艇能不能免费让我们多玩一个小时？", "免费多玩，那干脆把船送您得了。", "把船送您得了"),
    ("sarcasm", "烟花能不能保证一个都不哑？", "一个都不哑，那您自己去当烟花厂厂长吧。", "您自己去当烟花厂厂长吧"),
    ("sarcasm", "毛线能不能便宜到十块钱一斤？", "十块一斤，您想要的是塑料绳吧。", "您想要的是塑料绳吧"),
    ("talking_down", "热气球是靠什么飞起来的？", "热空气往上走，小学课本就讲过，这都不懂。", "小学课本就讲过"),
    ("talking_down", "报纸为什么要提前一个月订？", "邮局的规矩几十年了，活这么大岁数还不知道。", "活这么大岁数还不知道"),
    ("talking_down", "模型火车的比例是什么意思？", "比例都不懂还玩什么模型，外行。", "还玩什么模型"),
]
HO_FORBIDDEN_REACT = ["你这是什么服务态度，大过年的。", "我都七十多了，你就这么跟我说话？", "你叫什么，我要找你们领导。",
                      "我孙子教过我录音，这段我留着。"]
# Agent hard negatives: taboo-ish words in acceptable service language; five answer the yes-no
# question with 嗯对 / 嗯嗯 (look-alikes are reached far more surely than small talk).
HO_LOOKALIKES = [
    ("blame_customer", "晕船是不是因为我上船前没吃药？", "嗯对，晕船药最好提前半小时吃，这事我们也该提醒您，下回出海前一天我发短信告诉您。"),
    ("blame_customer", "缝纫机跳针是不是我线穿错了？", "有可能，穿线顺序不对确实会跳针，师傅上门时手把手教您一遍。"),
    ("refuse_responsibility", "摔坏的车厢你们管不管？", "嗯嗯，管，您拍张照片发过来，我们直接补寄一节新的。"),
    ("refuse_responsibility", "烟花哑了你们给换吗？", "给换，哑的那几个留着，拿来店里当场换新的。"),
    ("do_it_yourself", "帽子的花样图解在袋子里，我自己能看懂吗？", "嗯对，图解就在袋子里，看不懂您就打过来，我一针一针给您讲。"),
    ("do_it_yourself", "轨道接法说明书上有吗？", "有，不过我现在陪您一节一节接上更省事。"),
    ("take_or_leave", "年夜饭套餐是固定十二道菜吗？", "嗯嗯，套餐是十二道，哪道不合口味可以换成别的。"),
    ("take_or_leave", "游艇只能包一整天吗？", "整天的最实惠，也有四小时的半日游，价格低一些。"),
    ("impatience", "我老是问重复的，你们是不是常遇到我这样的老人家？", "嗯对，常有，您问几遍我都慢慢答，不碍事。"),
    ("impatience", "我说话慢，你不烦吧？", "不烦，您慢慢说，我一句一句记着。"),
    ("sarcasm", "十块钱一斤的毛线是不是想得太美了？", "不算，店里有清仓的混纺线，差不多就这个价。"),
    ("talking_down", "比例这个词我真不懂，你能给我讲讲吗？", "好啊，比例就是模型比真车缩小了多少倍，比方说八十七分之一。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("你们这些年轻人就会糊弄老人。", "您放心，我一样一样跟您讲清楚，讲完您再问我。"),
    ("过年就涨价，你们心真黑。", "让您不痛快了，我把今年的价格明细念给您听，哪里不合理您指出来。"),
    ("我讲了三遍了，你是不是没长耳朵？", "实在对不起让您重复了，这回我写在纸上了，保证不再问。"),
    ("再弄不好我就去找消费者协会。", "您先别生气，今天之内我一定给您一个准话。"),
    ("你们就知道赚钱，哪管老百姓死活。", "能理解您的心情，这事我亲自盯着，有进展第一时间告诉您。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我跟你说，那台缝纫机是我老伴儿当年的嫁妆，用了四十多年了，前两天给孙女缝棉袄，踩着踩着就卡住不动了，针也断了一根。",
    "年夜饭我们是订了三桌，可是我儿子他们一家临时从外地回来，又多了五口人，我想问问能不能加一桌，最好还要靠窗户的。",
    "我订的那份晚报，以前都是下午四点送到，这个月老是第二天早上才来，我每天就盼着看上面的天气预报和连载小说。",
    "那个热气球，我是想带我孙子去坐，他今年十岁，个子有一米四了，我自己七十二了，身体还行，就是血压有点高。",
]
# long enough (12 字) that even the fastest agent of this set talks over the caller for >= 1.5 s
HO_INTERRUPT_AGENT = [
    "您先别动那台机器了，我这边派师傅明天上门去看。",
    "加一桌没问题，我先把靠窗的那张大桌给您留住。",
    "送晚了是我们的问题，我今天就找投递员把路线理一理。",
    "血压高的话，我得先跟您把乘坐的健康要求讲清楚。",
]
HO_EARLY_AGENT = [
    "游艇出海是这样安排的，您提前一天确认人数和时间，当天早上八点半在码头集合，船长先讲安全须知，每人发一件救生衣，出海四个小时，船上备了茶水和水果，回港以后在码头结账。",
    "年夜饭预订是这样的，先选套餐，再定桌数和时间段，交两百块订金以后给您留座，除夕当天下午五点和七点半各开一轮，菜单可以提前三天调整，订金结账时抵扣。",
    "订报纸的流程我给您从头讲，先选好报刊名称和份数，再定起止月份，费用一次交清，下个月一号开始投递，投递员每天上午把报纸放进您家信箱，中途搬家也能改投。",
]
# callers cut in with these: long enough to keep >= 1.5 s of talking over the agent
HO_EARLY_CUST = ["哎，你先打住，我就想问多少钱。", "慢点慢点，你说得我记不住，先说价钱。",
                 "插一句啊，这些我孙子都跟我讲过了。"]
HO_AFTER_INTERRUPT_CUST = ["你让我把话说完嘛。", "我还没讲完呢，小同志。", "好好，你说你说。"]
HO_AFTER_EARLY_AGENT = ["您说您说，我听着呢。", "对不起，您先讲。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics)
HO_GENERIC_QA = [
    ("过年期间你们放假吗？", "嗯嗯，除夕到初二休息，初三就正常营业了。"),
    ("老年人有没有优惠？", "嗯对，六十五岁以上的老人打九折。"),
    ("能不能上门收钱？", "是啊，市区内可以上门收款，现金和扫码都行。"),
    ("能用现金吗？", "现金、银行卡、扫码都可以。"),
    ("你们店在哪儿？", "在人民路和解放路的路口，公交站下来走两百米。"),
    ("过节送货会不会晚？", "节前单子多，可能晚一两天，我们会提前告诉您。"),
    ("可以开发票吗？", "可以开，个人的、单位的都行。"),
    ("东西不满意能退吗？", "七天之内没用过的都能退。"),
    ("能不能让我孙子在网上帮我办？", "能，网上办和打热线办是一样的。"),
    ("你们平时营业到几点？", "平时早上九点到晚上八点。"),
    ("我眼睛不好，有大字版的说明吗？", "有大字版的，随货一起寄给您。"),
    ("送东西的人会提前说一声吗？", "会，送货前半小时先跟您联系。"),
    ("明年价格还会涨吗？", "明年的价格还没定，定了会先通知老客户。"),
    ("能不能先欠着，下个月再给？", "这个不行，不过可以先交一半订金。"),
    ("你们有没有积分？", "有，消费满五百就开始积分，积分能换礼品。"),
    ("过年能不能给师傅包个红包？", "心意领了，我们有规定不收红包。"),
]
# Customers' long turns: elderly and chatty callers who ramble and wander off topic.
HO_CUST_DETAIL = ["我跟你说啊，我老伴儿走得早，家里这些事都是我一个人张罗。",
                  "我儿子在深圳上班，过年才回来一趟，他让我先打过来问问。",
                  "今天外面下雪了，我是戴着老花镜翻出你们这个热线的。",
                  "上回打过来是个小伙子接的，人挺好，就是说话太快我没听清。",
                  "我们小区好几个老姐妹都在你们这儿办过，说你们靠得住。",
                  "我耳朵有点背，你要是说快了我就让你再讲一遍啊。"]
HO_CUST_SEARCH = ["你等会儿，我找找老花镜。", "我翻翻抽屉里的收据。"]
HO_CUST_FILLER_OPEN = ["嗯，", "呃，", "啊，", "哎，呃，", "嗯嗯，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["这边背景有点吵，您的手机号码麻烦再讲一遍。"],
    "name": ["这边背景有点吵，您的名字麻烦再讲一遍。"],
    "id": ["这边背景有点吵，您身份证后六位麻烦再讲一遍。"],
    "account": ["这边背景有点吵，{acct_label}麻烦再讲一遍。"],
    "address": ["这边背景有点吵，您家地址麻烦再讲一遍。"],
}
HO_SLOT_ANSWER = {
    "phone": "{phone_zh}。", "name": "{name}。", "id": "{id6_zh}。",
    "account": "{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["我不是说了嘛，", "", "好，我再说一回，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["我念一遍您听听，手机{phone_zh}，对不对？"],
    "name": ["我念一遍您听听，{name}，对不对？"],
    "id": ["我念一遍您听听，身份证尾号{id6_zh}，对不对？"],
    "account": ["我念一遍您听听，{acct_label}{acct_zh}，对不对？"],
    "address": ["我念一遍您听听，{address}，对不对？"],
}
HO_READBACK_CUST = ["对对对。", "没错，是这个。", "嗯，对的。", "对，一点不差。"]
HO_NEW_ASK = {
    "phone": ("送货前能先给我打个电话吗？", "嗯嗯，可以，打哪个电话号码呢？", "{phone_zh}。", "好，号码给您备注好了。"),
    "name": ("单子上写我老伴儿的名字行吗？", "行，您老伴儿的全名是？", "{name}。", "好，写上了。"),
    "address": ("能给我送到家里吗？", "嗯对，能送，您家地址是？", "{address}。", "好，送货的地方记下了。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]),
                    ("account", ["卡号", "账号", "编号", "单号"]),
                    ("name", ["姓名", "名字", "全名", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["再讲一遍", "报给我", "是多少", "麻烦报", "留一个", "说一说"]


# the slot an agent line asks for, or None (read-backs 「我念一遍您听听…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("我念一遍",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so most
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).
HO_DOMAINS = {
    "yacht": {
        "companies": [("碧湾游艇包船服务台", "碧湾游艇包船服务台")],
        "acct_label": "游艇包船订单号",
        "verify": [("麻烦您把游艇包船订单号报给我，好吗？", "{acct_zh}。", ["account"]),
                   ("订船人的名字和手机号码是？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["想给全家订一条船，大年初三出海。", "我们一家子过年想坐游艇出去转转。"],
             "result": ["初三上午还有一条十二座的船，{doctor}船长{due}前把行程单和安全须知寄给您。"],
             "qa": [("老人和小孩上船安全吗？", "嗯嗯，安全，每人都有救生衣，船上有护栏，风大就不出海。")]},
            {"open": ["上次出海的订金还没退给我。", "天气不好没出成海，钱怎么算？"],
             "result": ["因为天气取消的全额退，{doctor}主管{due}前把订金原路退回。"],
             "qa": [("能不能不退钱，改到春天再去？", "嗯对，能改期，订金一直给您留着。")]},
        ],
    },
    "modeltrain": {
        "companies": [("轨迹模型火车专营店", "轨迹模型火车专营店")],
        "acct_label": "模型订购单号",
        "verify": [("您的模型订购单号是多少？", "{acct_zh}。", ["account"]),
                   ("收货人的名字和地址是？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["给孙子买的小火车，通上电不走。", "模型火车寄到的时候车厢摔坏了。"],
             "result": ["先给您补寄一套新的，{doctor}店长{due}前把坏的那套取回来检查。"],
             "qa": [("孙子过年前能玩上吗？", "嗯嗯，能，今天发顺丰，后天就到。")]},
            {"open": ["想给孙子配一套带山洞和车站的轨道。"],
             "result": ["有一套过年的礼盒正合适，{doctor}店长{due}前把实物照片发给您儿子。"],
             "qa": [("礼盒里带电池吗？", "嗯对，带电池，拆开就能玩。")]},
        ],
    },
    "fireworks": {
        "companies": [("瑞彩烟花爆竹零售配送部", "瑞彩烟花爆竹零售配送部")],
        "acct_label": "烟花配送单号",
        "verify": [("您的烟花配送单号是多少？", "{acct_zh}。", ["account"]),
                   ("提货人的名字和手机号码是？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["买的烟花放了一半就哑了。", "昨天买的鞭炮有一挂受潮了。"],
             "result": ["哑的那几个先别碰，{doctor}店员{due}前带新的上门给您换。"],
             "qa": [("哑了的烟花还会突然响吗？", "嗯嗯，有可能，千万别凑近看，泡在水里最稳妥。")]},
            {"open": ["想买点小孩子能玩的冷烟花。"],
             "result": ["冷烟花和手持的小礼花都有，{doctor}店员{due}前给您配好一箱。"],
             "qa": [("小区里让放吗？", "嗯对，您那个区在禁放范围外，除夕到十五晚上能放。")]},
        ],
    },
    "banquet": {
        "companies": [("福满楼酒家年夜饭预订台", "福满楼酒家年夜饭预订台")],
        "acct_label": "年夜饭订席单号",
        "verify": [("麻烦您把年夜饭订席单号报给我，好吗？", "{acct_zh}。", ["account"]),
                   ("订席人的名字和手机号码是？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["除夕那天想再加一桌。", "年夜饭的人数多出来五个。"],
             "result": ["七点半那轮还有一张大桌，{doctor}经理{due}前把座位图和菜单发给您。"],
             "qa": [("加的那桌能跟原来的挨着吗？", "嗯嗯，能挨着，我把隔壁那张给您拼上。")]},
            {"open": ["年夜饭的菜单想换两道清淡的。"],
             "result": ["可以换成清蒸鱼和上汤菜心，{doctor}厨师长{due}前把新菜单发给您。"],
             "qa": [("有没有适合老人的软一点的菜？", "嗯对，有，炖得烂的狮子头和蒸蛋都可以加。")]},
        ],
    },
    "newspaper": {
        "companies": [("邮韵报刊订阅服务热线", "邮韵报刊订阅服务热线")],
        "acct_label": "报刊订阅编号",
        "verify": [("您的报刊订阅编号是多少？", "{acct_zh}。", ["account"]),
                   ("订户的名字和地址是？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["订的晚报这个月老是送晚了。", "这几天的报纸一直没送到。"],
             "result": ["这几天缺的报纸给您补上，{doctor}投递员{due}前把路线调整好。"],
             "qa": [("缺的那几天能补给我吗？", "嗯嗯，能补，合订好了一起送到您家。")]},
            {"open": ["想给明年续订两份杂志。"],
             "result": ["明年的续订已经开始了，{doctor}营业员{due}前把订阅收据寄给您。"],
             "qa": [("老订户续订有没有赠品？", "嗯对，续订满一年送一本台历。")]},
        ],
    },
    "knitting": {
        "companies": [("暖手坊毛线编织材料店", "暖手坊毛线编织材料店")],
        "acct_label": "毛线邮寄单号",
        "verify": [("您的毛线邮寄单号是多少？", "{acct_zh}。", ["account"]),
                   ("收货人的名字和地址是？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["买的毛线颜色跟照片上不一样。", "寄来的毛线少了两团。"],
             "result": ["同一缸号的给您补寄过去，{doctor}老板娘{due}前把快递发出。"],
             "qa": [("补的和原来的颜色会一样吗？", "嗯嗯，一样，我们按缸号配，织出来看不出色差。")]},
            {"open": ["想给孙女织件过年穿的毛衣，不知道买多少线。"],
             "result": ["一件小孩毛衣六团就够，{doctor}老板娘{due}前把图解和毛线一起寄给您。"],
             "qa": [("织不好能打电话问你们吗？", "嗯对，随时能问，我们一针一针教。")]},
        ],
    },
    "sewing": {
        "companies": [("巧针缝纫机维修服务部", "巧针缝纫机维修服务部")],
        "acct_label": "缝纫机报修单号",
        "verify": [("您的缝纫机报修单号是多少？", "{acct_zh}。", ["account"]),
                   ("您的名字和家里地址是？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["家里的老缝纫机踩不动了。", "缝纫机修好拿回来又跳针了。"],
             "result": ["老式机器我们修得多，{doctor}师傅{due}上门给您拆开看看。"],
             "qa": [("那么老的机器还有零件吗？", "嗯嗯，有，老牌子的零件我们库里一直备着。")]},
            {"open": ["想把脚踏的缝纫机改成电动的。"],
             "result": ["加装一个电机就行，{doctor}师傅{due}带电机上门给您装。"],
             "qa": [("改了以后还能用脚踩吗？", "嗯对，能，电机和脚踏两样都能用。")]},
        ],
    },
    "balloon": {
        "companies": [("云端热气球飞行体验中心", "云端热气球飞行体验中心")],
        "acct_label": "热气球飞行预约编号",
        "verify": [("您的热气球飞行预约编号是多少？", "{acct_zh}。", ["account"]),
                   ("乘客的名字和手机号码是？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["想带孙子坐一次热气球。", "过年想给全家订热气球。"],
             "result": ["初五早上还有位置，{doctor}飞行员{due}前给您讲一遍乘坐须知。"],
             "qa": [("七十多岁的人能坐吗？", "嗯嗯，能坐，身体好的话没问题，有高血压要先跟医生确认。")]},
            {"open": ["订好的热气球因为起雾取消了。"],
             "result": ["起雾取消的免费改期，{doctor}调度员{due}前跟您约新的日子。"],
             "qa": [("改期要另外交钱吗？", "嗯对，不用交，天气原因都是免费改。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["刁", "盖", "裘", "燕", "湛", "满", "权", "曲", "羊", "惠", "富", "巴", "司", "翟", "劳", "巩"]
DOCTORS = SURNAMES           # the captain, the shopkeeper, the repairer, the pilot ... by surname
NAMES = ["刁桂兰", "盖建华", "裘秀英", "燕德福", "湛玉珍", "满长顺", "权淑芬", "曲振国", "羊翠花", "惠宝山",
         "富金凤", "巴永年"]
AREAS = ["幸福里小区", "东关老街", "纺织厂宿舍", "桂花园", "南门新村", "铁路新村"]
CITIES = ["洛阳", "襄阳", "常德", "绵阳", "赣州", "泉州", "开封", "九江"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["还有个事，我上个月交的钱你们收到没有？", "对了，我孙子替我转的那笔钱到了吗？"]
HOLD2_AGENT = "那笔钱查到了，上个月二十号就到账了，收据随后寄给您。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
