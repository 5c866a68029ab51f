# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind22`` (dev only): the twenty-second blind evaluation set for issue 11.

Written by a twenty-second writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette),
without reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py and
blind10_text.py to blind21_text.py.  Eight business lines none of them had, in other registers: a
scaffolding rental (blunt building-site talk), a roof-and-bathroom waterproofing crew (homely,
reassuring), an official seal-carving shop (procedural, by the book), a cold-storage warehouse
rental (logistics, numbers-first), a badminton-court booking desk (sporty, casual), an equestrian
club (genteel, safety-minded), a family-genealogy compiling studio (respectful, old-fashioned) and a
fire-extinguisher inspection and refill station (safety-officer plain speech).  The calls come in
on the evening shift: tired but polite agents who leave long pauses before answers, many elderly or
hard-of-hearing callers who ask the agent to slow down, long holds with music on most of them.
Other 工号 forms (受理员, 服务岗, 客服代表, 当班, 专员 ...), offers of help, closings, hold
announcements and returns in other words, 服务禁语 in seven families, and hard negatives.

Two openings are unusual but acceptable: one warns at once that the line may be poor and asks the
caller to say so if they cannot hear; one invites the caller to say when the agent talks too fast.

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

HO_DOMAINS_LIST = ["scaffold", "waterproof", "sealcarve", "coldstore", "badminton", "equestrian", "genealogy",
                   "extinguisher"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说", "那么"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number in a form no earlier writer used, an offer of help; all fit any centre.  Two
# are unusual but acceptable: a poor line admitted at once; an invitation to say "too fast".
HO_GREETINGS = [
    "您好，这里是{hotline}，受理员{agent_zh}号在线，请问您需要办理什么业务？",
    "{tod}，{hotline}服务岗{agent_zh}号为您效劳，您请说。",
    "您好，感谢您拨打{hotline}，{agent_zh}号客服代表很高兴为您服务。",
    "您好，{hotline}，我是今天当班的{agent_zh}号小{agent_surname}，您慢慢说，我听着。",
    "您好，{hotline}{agent_zh}号，线路要是听不清楚您随时告诉我，请问您有什么事？",
    "您好，{hotline}，{agent_zh}号为您接听，我说话您要是觉得快了就提醒我，请讲。",
    "{tod}，您接通的是{hotline}，{agent_zh}号专员，请问我能帮您做点什么？",
    "您好您好，{hotline}{agent_zh}号，有什么需要尽管吩咐。",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["喂喂，听得见不？说事。", "有话赶紧说。", "接了接了，干嘛？", "快收工了，什么事？",
                    "大点声，听不见。", "怎么又打来了？"]

# ---- closings
HO_CLOSING_ASK = ["您看还有哪件事没落实的？", "还有什么想到的，趁现在一并讲？", "别的方面还有疑问没有？",
                  "今天还需要我帮您办别的吗？"]
HO_CLOSING_CUST = ["没有了。", "都落实了。", "就这么多。", "没了没了。", "暂时没有。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; one without 再见
# (thanks plus wishes), which is acceptable.
HO_CLOSING_BYE = {
    None: ["好的，感谢您耐心听完，再见。",
           "都给您安排好了，谢谢您打来，再见。",
           "那就按刚才说的办，谢谢您，祝您诸事顺心。",
           "您的事我跟到底，感谢您的来电，再见。",
           "有消息会发短信告诉您，谢谢您，再见。"],
    "scaffold": ["谢谢您租用我们的架子，祝您工地平平安安，再见。"],
    "waterproof": ["感谢您的信任，祝您家里从此干干爽爽，再见。"],
    "sealcarve": ["谢谢您找我们刻章，祝您生意兴隆，再见。"],
    "coldstore": ["感谢您选择我们的冷库，祝您货品周转顺利，再见。"],
    "badminton": ["谢谢您订场，祝您打球尽兴，再见。"],
    "equestrian": ["感谢您来电咨询，祝您骑乘愉快，再见。"],
    "genealogy": ["谢谢您把修谱的事托付给我们，祝您阖家安康，再见。"],
    "extinguisher": ["感谢您重视消防安全，祝您单位平安无事，再见。"],
}
HO_CLOSING_CUST_BYE = ["好嘞，回见。", "谢谢你啊，再见。", "行，那就这样。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["就这样吧，挂了。", "没别的我这边结束了。", "您等着就行。", "行，那先这样。", "回头有信儿再说。",
                   "我要收工了。"]
HO_BAD_CLOSING_CUST = ["这就挂啦？", "喂？人呢？", "我话还没说完呢。", "什么态度。"]

# ---- holds: announcements in other words (please do not hang up, keep the receiver, please do
# not put the phone down, wait online, patiently wait ...); thanks on return in other words;
# returns without thanks; none promises music (it is drawn per hold), and all fit any centre.
HO_HOLD_ANNOUNCE = ["我需要到系统里调一下合同，请您不要挂断，大约一分钟。",
                    "这个得请技术员看一眼，听筒别放下，我尽快。",
                    "我把您的记录调出来，请勿挂机，时间不会长。",
                    "我去隔壁问问主管，您先别撂电话，我去去就回。",
                    "我核对一下库房的数，请在线等候，不会太久。",
                    "麻烦您耐心等候一会儿，我把老档案翻出来。",
                    "我这边查询要一点时间，您拿稳听筒，我回来就告诉您。"]
ANNOUNCE_RE = "不要挂断|听筒别放|请勿挂机|别撂电话|在线等候|耐心等候|拿稳听筒"
HO_HOLD_THANKS = ["多谢您耐心，主管那边答复了。", "让您久候了，档案找到了。",
                  "感谢您的等候，库房的数对上了。", "辛苦您了，技术员看过了。",
                  "抱歉耽搁您这么久，合同调出来了。"]
HO_THANKS_WORDS = ["谢谢", "感谢", "多谢", "久等", "久候", "麻烦您", "辛苦", "抱歉", "不好意思", "劳驾", "有劳", "难为",
                   "让您等", "耽搁", "劳烦", "过意不去", "干等", "空等", "对不住", "耐心", "多亏", "劳您", "耽误", "占用",
                   "耐着性子", "谢了", "谢啦", "候着", "等了", "承蒙", "费心", "烦请", "恳请", "没挂", "等着", "等候",
                   "辛劳", "包涵", "见谅"]
HO_RESUME_NO_THANKS = ["主管那边答复了，可以办。", "档案找到了，是前年登记的。", "库房的数对上了，还有货。",
                       "技术员看过了，问题不大。", "合同调出来了，我跟您核一核。"]
HO_UNANNOUNCED_PRE = ["我翻翻合同。", "我对对库房的账。", "我看看排班表。", None, None]
# words a return without thanks, or the line before an unannounced hold, must not have
NOT_ANNOUNCING = ["等", "稍", "挂", "候", "线上", "在线", "别收", "搁", "音乐", "提示音", "片刻", "马上", "一会儿",
                  "一下", "别走", "静音", "安勿躁", "回来", "断", "旋律", "握着", "安静", "结束通话", "离开", "听筒",
                  "保留", "没声音", "端着", "放下", "线路", "电话", "别放", "拿着", "小曲", "撂", "多待", "保持",
                  "走开", "接回", "不挂", "通话", "一阵", "暂停", "挂机", "掉线", "座位", "一分钟", "话筒", "去去就",
                  "很快", "内线", "接到", "持机", "拿稳", "中断", "听不到", "守在", "转入", "恢复", "座席", "请示", "维持",
                  "两分钟", "半分钟", "请勿", "问问主管", "翻出来", "尽快", "不会太久", "不会长", "去隔壁"]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic).  Two are hard
# negatives: a look-alike of a hold announcement (no need to look it up: no hold follows) and a
# look-alike of a closing (a thank-you in mid-call, then on to the matter).
HO_ACK_AGENT = ["是啊，这事搁谁都着急，您接着讲。", "好啊，您说慢点也不要紧，我都记着呢。",
                "这个不用查，我屏幕上就有。", "先谢谢您把情况讲得这么明白，咱们往下走。"]
HO_ACK_CUST = ["好的。", "知道了。", "行嘞。", "嗯，好。", "晓得了。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["嗯。", "嗯嗯。", "是。", "好的。", "明白。", "您讲。", "记着。"]
HO_CUST_BC = ["嗯。", "哦。", "是是。", "对啊。", "晓得。", "好好。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "脚手架搭好第二天就歪了。", "肯定是你们工人自己乱拆扣件，不然怎么会歪。", "自己乱拆扣件"),
    ("blame_customer", "防水做完屋顶还是漏。", "您自己在上面钉了钉子，漏了倒来找我们。", "漏了倒来找我们"),
    ("blame_customer", "冷库里的货冻坏了。", "货进库前就没预冷，是您自己没按要求来。", "是您自己没按要求来"),
    ("refuse_responsibility", "公章刻错了一个字。", "字是您报给我们的，错了跟刻章的师傅无关。", "跟刻章的师傅无关"),
    ("refuse_responsibility", "灭火器压力表不准。", "表是厂家出的，有问题您找厂家，别往我们这儿推。", "别往我们这儿推"),
    ("refuse_responsibility", "马场的教练没来上课。", "教练排班归人事管，您去找人事说。", "您去找人事说"),
    ("do_it_yourself", "羽毛球馆晚上还有场地吗？", "订场小程序上一目了然，用不着问我。", "用不着问我"),
    ("do_it_yourself", "修家谱要准备什么材料？", "宣传册上写得明明白白，您回去翻翻。", "您回去翻翻"),
    ("do_it_yourself", "冷库租金怎么计算？", "价目表挂在官网首页，自己算算不就知道了。", "自己算算不就知道了"),
    ("take_or_leave", "脚手架租金能不能少点？", "就这个价，嫌贵别租。", "嫌贵别租"),
    ("take_or_leave", "刻章能不能明天就取？", "规矩是三天，想加急请找别家。", "想加急请找别家"),
    ("take_or_leave", "马术课能不能换个教练？", "教练就这么几个，不满意您退课好了。", "不满意您退课好了"),
    ("impatience", "防水材料的区别能再说说吗？", "刚才讲得够清楚了，您到底听没听。", "您到底听没听"),
    ("impatience", "灭火器多久检一次你再说一遍？", "一年一次，同一句话我讲第四遍了。", "讲第四遍了"),
    ("impatience", "修谱的价格能再算一遍吗？", "快收工了，您麻利点定下来。", "您麻利点定下来"),
    ("sarcasm", "脚手架能不能搭到三十层那么高？", "三十层？您当是搭天梯呢。", "您当是搭天梯呢"),
    ("sarcasm", "家谱能不能查到唐朝的祖宗？", "唐朝？要不顺便给您查到盘古。", "顺便给您查到盘古"),
    ("sarcasm", "学骑马一个月能参加比赛吗？", "一个月就比赛，马都要笑了。", "马都要笑了"),
    ("talking_down", "冷库温度是怎么分级的？", "冷冻冷藏都分不清，还做什么生鲜生意。", "还做什么生鲜生意"),
    ("talking_down", "刻章为什么要备案？", "这都不知道，您公司怎么开起来的。", "您公司怎么开起来的"),
    ("talking_down", "羽毛球拍的磅数是什么意思？", "磅数都不懂，您那叫瞎玩。", "您那叫瞎玩"),
]
HO_FORBIDDEN_REACT = ["你这口气我要录下来。", "把你工号报给我，我要反映。", "我活这么大岁数没受过这个气。",
                      "你们领导在不在？"]
# Agent hard negatives: taboo-ish words in acceptable service language; six answer the yes-no
# question with 嗯对 / 嗯嗯 (look-alikes are reached far more surely than small talk).
HO_LOOKALIKES = [
    ("blame_customer", "脚手架歪了是不是我们工人拆错了？",
     "嗯嗯，有这个可能，不过我们先派安全员去看，查清楚之前不让您担责任。"),
    ("blame_customer", "屋顶漏水是不是我自己钉钉子钉坏的？", "现在不好下结论，师傅上去看了才知道，您先别自责。"),
    ("refuse_responsibility", "章刻错了是你们负责吧？", "嗯对，刻错是我们的事，免费给您重刻。"),
    ("refuse_responsibility", "教练没来这事归你们管吗？", "嗯嗯，归我们管，我这就给您补一节课。"),
    ("do_it_yourself", "场地我自己在小程序上订就行吧？", "嗯对，小程序能订，我也可以现在帮您订好。"),
    ("do_it_yourself", "修谱的材料我自己先整理可以吗？", "可以，您先把老谱和名单理出来，我再发您一张清单对照。"),
    ("take_or_leave", "脚手架租金是统一价吗？", "基本是统一价，租满三个月可以打九折。"),
    ("impatience", "我耳朵背，你再讲一遍行不行？", "嗯嗯，没问题，我慢慢讲，一年检测一次。"),
    ("impatience", "这个点还打扰你们，不好意思啊。", "不打扰，我们一直有人值班，您放心讲。"),
    ("sarcasm", "脚手架能搭到三十米高吗？", "三十米可以，要出专项方案，还得报安监备案。"),
    ("talking_down", "我是外行，冷库温度分级问得是不是太简单？",
     "一点都不简单，冷藏零到四度，冷冻零下十八度以下，我给您细讲。"),
    ("talking_down", "刻章要备案，这个我不懂，你能讲讲吗？", "嗯嗯，很多老板第一次都不清楚，我一步步跟您讲。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("你们这些年轻人说话跟打机关枪似的，我听不清。", "对不住，我放慢些讲，您哪里没听清就告诉我。"),
    ("打了三次都占线，你们是不是故意不接？", "让您反复打，实在抱歉，这回我一次给您办完。"),
    ("你们公司就会收钱不办事。", "您的不满我记录下来了，咱们先把眼前这件事落实。"),
    ("再糊弄我，我就去消协。", "您别着急，我今天之内给您一个准话。"),
    ("叫个懂行的来跟我说。", "好的，我先把情况记清楚，请主管半小时内回电给您。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "你们租给我的脚手架有两根立杆锈得厉害，工人不敢上去，工期已经耽误了三天，甲方天天打电话骂我，这个损失到底谁来承担？",
    "去年秋天你们来做的屋顶防水，今年一下雨卧室墙角就往下淌水，墙皮都泡起来了，我老伴腿脚不好，天天拿盆接水。",
    "我在你们冷库租了两个库位放冻虾，昨天去提货发现温度显示零下五度，根本不是合同里写的零下十八度，好几箱都软了。",
    "我们族里凑了钱请你们修家谱，交稿的时候发现我爷爷那一辈的名字写错了两个，辈分也排乱了，老人们意见很大。",
]
# long enough (12 字) that even the fastest agent of this set talks over the caller for >= 1.5 s
HO_INTERRUPT_AGENT = [
    "我马上安排人把那批立杆全部换掉。",
    "我现在就派师傅明天一早上门查漏点。",
    "温度的事我立刻通知库管去复核记录。",
    "错字和辈分我们让编修老师全部改正。",
]
HO_EARLY_AGENT = [
    "我们的防水是这样做的，先把旧层铲掉，找平以后刷两遍底涂，再铺卷材，最后做四十八小时闭水试验，没问题才验收，质保是五年。",
    "马术体验课是这么安排的，先在地面学怎么上下马和握缰绳，然后教练牵着马走圈，熟悉了再自己控马，整节课一个小时，头盔护具馆里都备着。",
    "灭火器检测一般分三步，先看压力表和瓶体外观，再称重看药剂够不够，最后检查喷管和保险销，不合格的当场换药，合格的贴年检标签。",
]
# callers cut in with these: long enough to keep >= 1.5 s of talking over the agent
HO_EARLY_CUST = ["哎哎，你先停停，我耳朵不好，说慢点。", "这些我不管，你就告诉我多少钱。",
                 "等下等下，我问的是另外一件事。"]
HO_AFTER_INTERRUPT_CUST = ["你听我讲完嘛。", "我话还没说完。", "好好，你讲。"]
HO_AFTER_EARLY_AGENT = ["您先说，我听着呢。", "好的，您请讲。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics)
HO_GENERIC_QA = [
    ("晚上几点下班？", "晚上九点以后转值班，照样有人接。"),
    ("能用微信付吗？", "嗯对，微信支付宝都收。"),
    ("能开发票吗？", "能开，增值税专票也可以。"),
    ("定金能退吗？", "开工前退定金，一分不扣。"),
    ("周末有人吗？", "嗯嗯，周末也有人值守。"),
    ("我能叫儿子来跟你说吗？", "好啊，您家里人来说也一样。"),
    ("要不要预约？", "最好提前一天预约。"),
    ("外地能做吗？", "省内都能去，路费另算。"),
    ("报价包工包料吗？", "报的是包工包料的总价。"),
    ("老客户有优惠吗？", "老客户再让五个点。"),
    ("出了事找谁？", "找我们售后专线，有人专门跟。"),
    ("你们在哪个区？", "在城西，靠近老火车站。"),
    ("老年人有优惠吗？", "满六十五岁的打九折。"),
    ("要几天？", "一般三到五天。"),
    ("电话里声音有点小，是线路的问题吧？", "是啊，线路有点杂音，我讲大声些。"),
    ("你们干这行多少年了？", "干了十五年了。"),
]
# Customers' long turns: elderly or hard-of-hearing callers on the evening line.
HO_CUST_DETAIL = ["我岁数大了，耳朵也不太好使，你说话慢一点，大声一点，我一句一句听。",
                  "这事是我儿子让我打的，他在外地，我把情况跟你讲讲，讲得不对你别笑话。",
                  "我老花眼，单子上的字看不清，就记得大概是上个月的事，你帮我查查。",
                  "我先说清楚啊，前面我打过一回，接电话的小伙子说话太快，我没听明白就挂了。",
                  "你那边有点回音，我说的你要是没听清就再问我，别不好意思。"]
HO_CUST_SEARCH = ["你等会儿，我戴上老花镜。", "我找找那张收据放哪了。"]
HO_CUST_FILLER_OPEN = ["嗯，", "呃，", "啊，", "呃呃，我想想啊，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["不好意思，手机号码能再报一遍吗？"],
    "name": ["不好意思，您的全名能再报一遍吗？"],
    "id": ["不好意思，证件号码后六位能再报一遍吗？"],
    "account": ["不好意思，{acct_label}能再报一遍吗？"],
    "address": ["不好意思，您的地址能再报一遍吗？"],
}
HO_SLOT_ANSWER = {
    "phone": "{phone_zh}。", "name": "{name}。", "id": "{id6_zh}。",
    "account": "{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["刚才不是讲了，", "", "好吧，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["跟您核对，手机{phone_zh}，是这个吧？"],
    "name": ["跟您核对，{name}，是这个吧？"],
    "id": ["跟您核对，证件尾号{id6_zh}，是这个吧？"],
    "account": ["跟您核对，{acct_label}{acct_zh}，是这个吧？"],
    "address": ["跟您核对，{address}，是这个吧？"],
}
HO_READBACK_CUST = ["是这个。", "没错没错。", "嗯，是。", "对。"]
HO_NEW_ASK = {
    "phone": ("弄好了能通知我一声吗？", "嗯对，可以，通知打哪个手机号码？", "{phone_zh}。", "好，存好了。"),
    "name": ("合同写谁的名字？", "写您本人的，全名怎么写？", "{name}。", "好，写上了。"),
    "address": ("能上门来看吗？", "嗯嗯，能上门，您家地址是？", "{address}。", "好，地址记下了。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]),
                    ("account", ["卡号", "账号", "编号", "单号"]),
                    ("name", ["姓名", "名字", "全名", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["重复一遍", "再念", "再报", "再说", "报一下", "说一下", "是多少", "告知", "提供", "留个", "给我一下", "给个"]


# the slot an agent line asks for, or None (read-backs 「跟您核对…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("跟您核对",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so most
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).
HO_DOMAINS = {
    "scaffold": {
        "companies": [("稳固脚手架租赁公司", "稳固脚手架租赁公司")],
        "acct_label": "租架合同编号",
        "verify": [("租架合同编号报一下？", "{acct_zh}。", ["account"]),
                   ("承租人名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["租的脚手架有几根立杆锈了。", "送来的钢管锈得不能用。"],
             "result": ["锈管我们全部换新的，{doctor}师傅{due}前拉一车过去，旧的顺便拉回。"],
             "qa": [("换管的运费要我出吗？", "嗯嗯，不用您出，是我们的货不合格。")]},
            {"open": ["想再续租两个月。"],
             "result": ["续租可以，合同{due}前给您补签，{doctor}经理按原价给您算。"],
             "qa": [("押金要再交吗？", "嗯对，押金不用再交，原来的接着用。")]},
        ],
    },
    "waterproof": {
        "companies": [("滴水不漏防水补漏工程部", "滴水不漏防水补漏工程部")],
        "acct_label": "补漏施工单号",
        "verify": [("补漏施工单号报一下？", "{acct_zh}。", ["account"]),
                   ("户主名字和地址？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["去年做的屋顶防水又漏了。", "下雨天卧室墙角又渗水。"],
             "result": ["还在质保期里，{doctor}师傅{due}上门找漏点，返修不收钱。"],
             "qa": [("下雨天能修吗？", "嗯嗯，雨天没法做，要等晴两天。")]},
            {"open": ["卫生间想重新做一次防水。"],
             "result": ["卫生间要先拆地砖，{doctor}师傅{due}上门量尺寸，再给您报价。"],
             "qa": [("要做闭水试验吗？", "嗯对，做四十八小时，不漏才铺砖。")]},
        ],
    },
    "sealcarve": {
        "companies": [("方圆公章刻制服务社", "方圆公章刻制服务社")],
        "acct_label": "刻章登记编号",
        "verify": [("刻章登记编号是多少？", "{acct_zh}。", ["account"]),
                   ("经办人名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["刻好的公章有一个字错了。", "章上公司名字少了个字。"],
             "result": ["错了我们免费重刻，{doctor}师傅{due}前刻好，备案也重新走。"],
             "qa": [("旧章要交回来吗？", "嗯嗯，要交回来当面销毁。")]},
            {"open": ["新公司想刻一套章。"],
             "result": ["一套五枚，{due}前能取，{doctor}老师帮您把备案一起办了。"],
             "qa": [("营业执照要原件吗？", "嗯对，原件带来看一眼，当场还您。")]},
        ],
    },
    "coldstore": {
        "companies": [("凛冬冷链仓储租赁中心", "凛冬冷链仓储租赁中心")],
        "acct_label": "冷库租位编号",
        "verify": [("冷库租位编号报一下？", "{acct_zh}。", ["account"]),
                   ("租户名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["冷库温度不够，货软了。", "库位的温度显示不对。"],
             "result": ["温控记录我们调出来查，{doctor}主管{due}前给您结论，是我们的责任按合同赔。"],
             "qa": [("其他的货要不要挪？", "嗯嗯，先挪到隔壁库位，今晚就挪。")]},
            {"open": ["想多租一个冷冻库位。"],
             "result": ["冷冻位还剩三个，{due}起就能进货，{doctor}主管给您签补充协议。"],
             "qa": [("能按月付吗？", "嗯对，按月按季都可以。")]},
        ],
    },
    "badminton": {
        "companies": [("飞羽羽毛球馆订场中心", "飞羽羽毛球馆订场中心")],
        "acct_label": "订场会员卡号",
        "verify": [("订场会员卡号是多少？", "{acct_zh}。", ["account"]),
                   ("会员名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["订好的场被别人占了。", "我到了场地说我的场没了。"],
             "result": ["是系统重复订了，这次场费全退，{doctor}教练给您留{due}的黄金时段。"],
             "qa": [("能补一张体验券吗？", "嗯嗯，补您两张，下次来用。")]},
            {"open": ["想给孩子报个周末羽毛球班。"],
             "result": ["周末班{due}开课，{doctor}教练带，八个孩子一个班。"],
             "qa": [("球拍要自己买吗？", "嗯对，前两节课馆里借，后面再买。")]},
        ],
    },
    "equestrian": {
        "companies": [("骏驰马术俱乐部", "骏驰马术俱乐部")],
        "acct_label": "骑乘会员卡号",
        "verify": [("骑乘会员卡号报一下？", "{acct_zh}。", ["account"]),
                   ("学员名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["约好的马术课教练没来。", "上周的课没人来带。"],
             "result": ["教练临时生病，没及时通知您，{doctor}教练{due}给您补上，再多送一节。"],
             "qa": [("课时会扣吗？", "嗯嗯，不扣，那节算我们的。")]},
            {"open": ["想带孩子来体验骑马。"],
             "result": ["七岁以上就能体验，{due}有空档，{doctor}教练一对一牵马。"],
             "qa": [("要穿什么衣服？", "嗯对，长裤和平底鞋就行，头盔我们备着。")]},
        ],
    },
    "genealogy": {
        "companies": [("承宗家谱编修馆", "承宗家谱编修馆")],
        "acct_label": "修谱委托单号",
        "verify": [("修谱委托单号是多少？", "{acct_zh}。", ["account"]),
                   ("委托人名字和地址？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["家谱初稿里名字写错了。", "谱里的辈分排乱了。"],
             "result": ["错的地方全部改，{doctor}老师{due}前把改好的稿寄给您过目。"],
             "qa": [("改了要加钱吗？", "嗯嗯，不加钱，是我们核对不细。")]},
            {"open": ["想给我们族里续修家谱。"],
             "result": ["续修先收集老谱，{doctor}老师{due}下乡一趟，跟族里长辈见面。"],
             "qa": [("老谱要寄给你们吗？", "嗯对，可以寄，也可以老师上门拍照。")]},
        ],
    },
    "extinguisher": {
        "companies": [("安消消防器材检测站", "安消消防器材检测站")],
        "acct_label": "维保登记单号",
        "verify": [("维保登记单号报一下？", "{acct_zh}。", ["account"]),
                   ("负责人名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["刚充装的灭火器压力表又掉到红区了。", "灭火器的指针掉下去了。"],
             "result": ["多半是阀门漏气，{doctor}师傅{due}上门换新的，不收钱。"],
             "qa": [("这几天还能用吗？", "嗯嗯，先别指望它，我们先借您两个备用。")]},
            {"open": ["单位有五十个灭火器要年检。"],
             "result": ["五十个可以上门检，{doctor}师傅{due}带设备过去，不合格的当场充装。"],
             "qa": [("能出检测报告吗？", "嗯对，检完出报告，消防检查能用。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["敖", "扈", "嵇", "仝", "牟", "隗", "璩", "逄", "仉", "暴", "厍", "訾", "亓", "宓", "昝", "竺"]
DOCTORS = SURNAMES           # the master, the manager, the coach, the teacher ... by surname
NAMES = ["敖嘉树", "扈晓岚", "嵇志刚", "仝雨桐", "牟秋实", "隗敏慧", "璩建国", "逄丽华", "仉子默", "暴永福",
         "厍春梅", "訾宏亮"]
AREAS = ["枣林巷", "红旗新村", "西关小区", "柳荫路", "砖塔胡同", "望江里"]
CITIES = ["襄阳", "荆州", "宜昌", "十堰", "孝感", "黄冈", "咸宁", "恩施"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["还有，上次说退的押金退了没有？", "另外，我前些天留的言有人看了吗？"]
HOLD2_AGENT = "您说的押金前天已经退回原来的账户了，短信也发过去了。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
