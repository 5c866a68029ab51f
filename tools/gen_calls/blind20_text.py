# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind20`` (dev only): the twentieth blind evaluation set for issue 11.

Written by a twentieth writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette),
without reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py and
blind10_text.py to blind19_text.py.  Eight business lines none of them had, in other registers: a
dog-training school (warm, encouraging), a rooftop-garden installer (engineer-like, careful about
loads and waterproofing), a mahjong-parlour chain (neighbourly, easy), a kite shop (cheerful,
craftsman's pride), a theatre-costume rental (backstage-courteous, a little old-fashioned), a
violin-repair workshop (precise, quiet), an apiary selling its honey (rustic but polite) and a
shop-sign maker (businesslike, quick to quote).  The calls come in on a polite morning: calm agents
who speak in long, formal sentences (恳请, 烦请, 承蒙 ...), callers who answer in short turns.  Other
工号 forms (服务顾问, 席位, 工牌, 接线员, 专员, 晨间值班 numbers ...), offers of help, closings, hold
announcements and returns in other words, 服务禁语 in seven families, and hard negatives.

Two openings are unusual but acceptable: one tells the caller theirs is the first call of the
morning; one offers at once to ring the caller back if talking is inconvenient now.

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

HO_DOMAINS_LIST = ["dogschool", "rooftop", "mahjong", "kite", "costume", "violin", "apiary", "signmaker"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说", "那么"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number in a form no earlier writer used, an offer of help; all fit any centre.  Two
# are unusual but acceptable: the first call of the morning; an offer to ring back at once.
HO_GREETINGS = [
    "您好，欢迎致电{hotline}，我是早班服务顾问{agent_zh}号，请问有什么可以为您效劳？",
    "{tod}，{hotline}竭诚为您服务，本席位{agent_zh}号，请您讲。",
    "您好，这里是{hotline}，我姓{agent_surname}，工牌{agent_zh}号，今天上午由我为您服务，您请说。",
    "{tod}，感谢您拨打{hotline}，接线员{agent_zh}号恭候您的垂询。",
    "您好，{hotline}，{agent_zh}号为您接听，您是今天开门后的第一位来电，请问需要我帮您办些什么？",
    "您好，{hotline}客户关系专员{agent_zh}号，如果您此刻讲话不方便，我也可以稍后回拨，您看怎样方便？",
    "{tod}，{hotline}，晨间值班{agent_zh}号，很高兴为您接听，有什么我能帮上忙的？",
    "您好，{hotline}咨询台，{agent_zh}号小{agent_surname}，您的事情尽管吩咐。",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["大清早的，哪位？", "讲事。", "这么早打来干啥？", "喂喂，听得见就说。", "店还没开门呢。",
                    "你先说找谁。"]

# ---- closings
HO_CLOSING_ASK = ["请问您还有其他需要我为您办理的事项吗？", "您看上午还有哪些方面需要我协助？",
                  "关于此事，您还有不清楚的地方吗？", "其他方面还有什么我能效劳的？"]
HO_CLOSING_CUST = ["没有了。", "不用了。", "嗯，没了。", "好了。", "就这样吧。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; one without 再见
# (thanks plus wishes), which is acceptable.
HO_CLOSING_BYE = {
    None: ["承蒙您来电垂询，谢谢您，再见。",
           "感谢您的耐心与信任，祝您今天诸事顺遂。",
           "谢谢您一早就打过来，我们会按约定办妥，再见。",
           "感谢您的配合，如有疑问欢迎随时来电，再见。",
           "好的，今天就先谈到这里，谢谢您，祝您上午愉快，再见。"],
    "dogschool": ["谢谢您信任我们，祝您和狗狗相处愉快，再见。"],
    "rooftop": ["感谢您选择我们，祝您的屋顶早日花开满园，再见。"],
    "mahjong": ["谢谢您一直照顾我们的生意，祝您手气常旺，再见。"],
    "kite": ["谢谢您的惠顾，祝您的风筝飞得又高又稳，再见。"],
    "costume": ["感谢您租用我们的戏服，祝您的戏一炮而红，再见。"],
    "violin": ["谢谢您把琴交给我们，祝您琴音常伴，再见。"],
    "apiary": ["感谢您订购我们的蜂蜜，祝您和家人身体康健，再见。"],
    "signmaker": ["谢谢您把招牌交给我们做，祝您开张大吉，再见。"],
}
HO_CLOSING_CUST_BYE = ["好的，谢谢，再见。", "麻烦了，再见。", "好，回见。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["就这样。", "没别的事我就挂了。", "其余的您自己留意吧。", "行，先到这儿。", "办妥了，您等着吧。",
                   "有事再打吧。"]
HO_BAD_CLOSING_CUST = ["啊？这就挂了？", "喂？人呢？", "那算了。", "行吧行吧。"]

# ---- holds: announcements in other, formal words (hold the handset, the call is kept, keep the
# call open, hold the receiver steady, the line is not cut, put into waiting, stay by the phone);
# thanks on return in other words; returns without thanks; none promises music (it is drawn per
# hold), and all fit any centre (heldout draws them apart from the call's domain).
HO_HOLD_ANNOUNCE = ["我需要到档案室调阅原始记录，恳请您持机稍候，大约两分钟即可。",
                    "此事须向值班主管请示，通话将暂时保留，请您不必挂断。",
                    "请容我离开座席片刻查阅登记簿，您那边请维持通话状态。",
                    "我这就去工坊里当面问一问师傅，烦请您拿稳听筒候一会儿。",
                    "接下来约一分钟您会听不到我的声音，我在核对库存，线路并未中断。",
                    "我先将您转入等候状态，查清楚后立即恢复与您的通话。",
                    "上午系统刚启动，调取数据需要一些时间，劳驾您守在电话旁稍等。"]
ANNOUNCE_RE = "持机稍候|通话将暂时保留|维持通话|拿稳听筒|线路并未中断|转入等候|守在电话旁"
HO_HOLD_THANKS = ["承蒙您耐心等候，原始记录已经调出来了。", "有劳您久等，主管已经批准了。",
                  "让您久候了，登记簿上写得清清楚楚。", "多谢您在线上等我，师傅说可以修。",
                  "耽误您宝贵的时间了，库存核对完毕，现货充足。"]
HO_THANKS_WORDS = ["谢谢", "感谢", "多谢", "久等", "久候", "麻烦您", "辛苦", "抱歉", "不好意思", "劳驾", "有劳", "难为",
                   "让您等", "耽搁", "劳烦", "过意不去", "干等", "空等", "对不住", "耐心", "多亏", "劳您", "耽误", "占用",
                   "耐着性子", "谢了", "谢啦", "候着", "等了", "承蒙", "费心", "烦请", "恳请"]
HO_RESUME_NO_THANKS = ["原始记录已经调出来了，情况是这样的。", "主管批准了，按您说的办。", "登记簿上写得清清楚楚，是上周四登记的。",
                       "师傅说可以修，费用不高。", "库存核对完毕，现货充足。"]
HO_UNANNOUNCED_PRE = ["好的，我查阅今天的预约表。", "请容我翻翻工单。", "我看看师傅的排班表。", None, None]
# words a return without thanks, or the line before an unannounced hold, must not have
NOT_ANNOUNCING = ["等", "稍", "挂", "候", "线上", "在线", "别收", "搁", "音乐", "提示音", "片刻", "马上", "一会儿",
                  "一下", "别走", "静音", "安勿躁", "回来", "断", "旋律", "握着", "安静", "结束通话", "离开", "听筒",
                  "保留", "没声音", "端着", "放下", "线路", "电话", "别放", "拿着", "小曲", "撂", "多待", "保持",
                  "走开", "接回", "不挂", "通话", "一阵", "暂停", "挂机", "掉线", "座位", "一分钟", "话筒", "去去就来",
                  "很快", "内线", "接到", "持机", "拿稳", "中断", "听不到", "守在", "转入", "恢复", "座席", "请示", "维持",
                  "两分钟"]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic).  Two are hard
# negatives: a look-alike of a hold announcement (the agent has the answer at hand: no hold
# follows) and a look-alike of a closing (thanks for the call in mid-call, then on to the matter).
HO_ACK_AGENT = ["是啊，上午预约的人最多，您打得正是时候。", "好啊，就依您的安排。",
                "无须您候着，资料就在我手边。", "谢谢您一早来电提醒，这一点很重要，我们继续往下说。"]
HO_ACK_CUST = ["好。", "明白了。", "行。", "嗯，好。", "知道了。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["嗯。", "是。", "好的。", "请讲。", "了解。", "对对。"]
HO_CUST_BC = ["嗯。", "哦。", "好。", "是。", "行。", "对。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "狗狗上了三节课还是乱叫。", "狗不听话是您在家没坚持练，怪不到教练身上。", "怪不到教练身上"),
    ("blame_customer", "屋顶花园下过雨以后漏水了。", "肯定是您自己在上面乱钻孔，防水层才坏的。", "您自己在上面乱钻孔"),
    ("blame_customer", "提琴修好拿回来音又不准了。", "弦是您自己拧松的，跟我们修得好不好没关系。", "是您自己拧松的"),
    ("refuse_responsibility", "风筝线放到一半就断了。", "线是配套厂家的，这事轮不到我们负责。", "轮不到我们负责"),
    ("refuse_responsibility", "麻将机洗牌的时候卡住了。", "机器是厂家装的，坏了您打厂家售后，别打到这儿来。", "别打到这儿来"),
    ("refuse_responsibility", "租的戏服上亮片掉了一大片。", "亮片掉了是洗衣房的事，我这边管不着。", "我这边管不着"),
    ("do_it_yourself", "蜂蜜结晶了还能吃吗？", "背面都印着，您自己拿起来瞧。", "您自己拿起来瞧"),
    ("do_it_yourself", "招牌的灯箱开关在哪？", "开关就在那儿，您自己摸索摸索。", "自己摸索摸索"),
    ("do_it_yourself", "训犬课的时间表在哪看？", "公众号上都有，自己翻去。", "自己翻去"),
    ("take_or_leave", "麻将馆包间能不能打个折？", "包间就这个价，嫌贵去别家打。", "嫌贵去别家打"),
    ("take_or_leave", "戏服能不能多租两天？", "规定就是三天，多一天都不行，不租拉倒。", "不租拉倒"),
    ("take_or_leave", "招牌的字体能不能再改一版？", "定稿了就这样，要改另外加钱，不愿意就算了。", "不愿意就算了"),
    ("impatience", "风筝怎么放起来，能再讲一遍吗？", "讲了多少遍了，逆风跑就行，还要我怎样。", "还要我怎样"),
    ("impatience", "蜂蜜怎么分辨真假，你再说说？", "这种问题我一天回答八百遍，您到底买不买？", "一天回答八百遍"),
    ("impatience", "我想再确认一下屋顶的施工日期。", "您能不能别一遍遍问了，我这儿还有别的客人。", "别一遍遍问了"),
    ("sarcasm", "提琴能修得跟新的一样吗？", "跟新的一样？那您干脆买把新的多省事。", "干脆买把新的多省事"),
    ("sarcasm", "狗狗能不能一周就学会所有口令？", "一周全学会，您家养的是神犬吧。", "您家养的是神犬吧"),
    ("sarcasm", "麻将馆能给我留个长期包间吗？", "长期包间？要不要把店也过户给您？", "把店也过户给您"),
    ("talking_down", "屋顶承重是什么意思？", "承重都不懂，您还装什么屋顶花园。", "还装什么屋顶花园"),
    ("talking_down", "提琴的音柱是什么？", "连音柱都不知道，说给您听您也听不懂。", "说给您听您也听不懂"),
    ("talking_down", "风筝的骨架用什么材料？", "这种常识问题您也好意思问。", "您也好意思问"),
]
HO_FORBIDDEN_REACT = ["您这话说得也太难听了吧？", "请你注意一下措辞。", "我要把这通录音交给你们老板。",
                      "把你的工牌号报给我。"]
# Agent hard negatives: taboo-ish words in acceptable service language; six answer the yes-no
# question with 嗯对 / 嗯嗯 (look-alikes are reached far more surely than small talk).
HO_LOOKALIKES = [
    ("blame_customer", "狗不听话是不是我在家没练好？", "嗯嗯，在家练习确实要紧，不过也可能是课程进度偏快，我请教练为您调整。"),
    ("blame_customer", "漏水是不是因为我在屋顶上钻了孔？", "现在还不能下定论，我们先派工程师上去查看防水层，查清楚再给您答复。"),
    ("refuse_responsibility", "麻将机卡住了你们管吗？", "嗯对，归我们负责，维修师傅半小时内到店。"),
    ("refuse_responsibility", "戏服掉亮片的事找你们没错吧？", "嗯嗯，找我们没错，亮片由我们负责补缀。"),
    ("do_it_yourself", "蜂蜜结晶的说明我能自己看吗？", "嗯对，包装背面有说明，我也给您简单讲讲，结晶是正常现象。"),
    ("do_it_yourself", "训练时间表我自己上网查就行吧？", "可以的，我也把本月的时间表直接发给您，省得您翻找。"),
    ("take_or_leave", "包间的价格没得商量吧？", "工作日上午包间有优惠，我帮您按优惠价登记。"),
    ("impatience", "我一直问你会不会嫌我烦？", "嗯嗯，一点都不会，上午时间充裕，您慢慢讲。"),
    ("impatience", "不好意思，我想再确认一次日期。", "没问题，再确认一次更稳妥，日期是下周二。"),
    ("sarcasm", "提琴能修到跟新的差不多吗？", "修复得好的话音色甚至比新琴更醇厚，我请师傅先评估。"),
    ("talking_down", "我不懂什么叫承重，问这个会不会很外行？", "不会，承重就是屋顶能扛多少分量，我给您打个比方。"),
    ("talking_down", "风筝骨架的问题是不是太基础了？", "嗯对，基础，但最要紧，很多老玩家也常问，骨架一般用竹子或碳杆。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("一大早就打不通，你们是不是还没睡醒？", "让您久拨不通，实在抱歉，现在由我专门为您处理。"),
    ("你们这种小店就是糊弄人。", "您的不满我记下了，我们先把事情一件件核实清楚。"),
    ("再这样我就去网上曝光你们。", "您当然有这个权利，我更希望先把问题给您解决好。"),
    ("你根本就不懂，换个懂行的来。", "我先把情况完整记录下来，同时请资深师傅十分钟内给您回话。"),
    ("磨磨蹭蹭的，能不能快点？", "好的，我直接说结论，今天下午就能处理完毕。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我家那只金毛上了你们的训练课以后，现在一出门就扑人，昨天还把邻居家小孩吓哭了，邻居找上门来了，我真不知道该怎么跟人家交代。",
    "我们剧团周六晚上就要演出，租的那十二套戏服今天一试，有五套尺寸根本不对，演员穿上连胳膊都抬不起来，离演出只剩三天了。",
    "我那把小提琴是我爷爷留下来的，上个月送到你们那儿换琴码，拿回来以后面板上多了一道裂缝，我之前反复检查过，肯定没有的。",
    "我们新店下周一开业，招牌昨天装上去以后晚上一开灯，有三个字根本不亮，开业请柬都已经发出去了，到时候客人来了多难看。",
]
# long enough (12 字) that even the fastest agent of this set talks over the caller for >= 1.5 s
HO_INTERRUPT_AGENT = [
    "这件事我现在就请主教练给您回电话。",
    "尺寸的问题我今天就安排裁缝上门改。",
    "请您先别动琴，我们派师傅上门取回检查。",
    "不亮的字我让安装师傅今天下午去修好。",
]
HO_EARLY_AGENT = [
    "我们的屋顶花园工程是这样安排的，首先由结构工程师上门评估屋顶承重和防水层状况，评估合格后出具设计方案，方案经您确认后再进场施工，整个周期大约三到四周。",
    "关于戏服租赁，我向您详细说明一下，每套戏服押金三百元，租期三天，归还时由我们统一清洗熨烫，如有破损按照修补的实际费用扣除，其余押金当场退还。",
    "关于蜂蜜的保存，我向您介绍一下，开封以后请放在阴凉干燥的地方，不必放入冰箱，低温反而容易结晶，结晶属于正常现象，隔水温热以后就会重新化开。",
]
# callers cut in with these: long enough to keep >= 1.5 s of talking over the agent
HO_EARLY_CUST = ["不好意思打断一下，我只想知道多少钱。", "等一下等一下，这些我都清楚了。",
                 "你先停一停，能不能直接告诉我什么时候好？"]
HO_AFTER_INTERRUPT_CUST = ["能不能让我先说完？", "我话还没说完。", "好吧，你讲。"]
HO_AFTER_EARLY_AGENT = ["好的，我先听您说。", "抱歉，请您先讲。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics)
HO_GENERIC_QA = [
    ("你们几点开门？", "每天上午八点半开门，晚上六点打烊。"),
    ("可以用微信付款吗？", "嗯对，微信、支付宝和现金都可以。"),
    ("能开发票吗？", "能开，您结账时告诉收银台抬头即可。"),
    ("定金可以退吗？", "开工之前可以全额退还。"),
    ("周日你们营业吗？", "嗯嗯，周日照常营业，只是下午早一小时关门。"),
    ("能带老人一起来看看吗？", "好啊，店里有座位，老人家可以坐着慢慢看。"),
    ("需要提前多久预约？", "一般提前三天比较稳妥。"),
    ("你们外地的单子接吗？", "省内都接，外省要另算路费。"),
    ("价格是不是全包的？", "报价已经包含材料和人工。"),
    ("老客户有没有优惠？", "老客户一律九二折，还送一次免费保养。"),
    ("出了问题谁负责？", "质保期内我们全权负责。"),
    ("你们门店好找吗？", "在步行街北口，门口挂着我们的旗子。"),
    ("退休人员有优惠吗？", "凭退休证可以打九折。"),
    ("大概多久能做好？", "快的话三天，慢的话一周。"),
    ("上午打电话人多吗？", "是啊，上午来电多些，不过您不用排队。"),
    ("你们开了多少年了？", "到今年整整十二年了。"),
]
# Customers' long turns: few on a polite morning (callers mostly answer short).
HO_CUST_DETAIL = ["我一早起来就想着这件事。",
                  "我说得简单点，你听听。",
                  "这是我第一次找你们。",
                  "别的都还好，就这一样。",
                  "事情其实不复杂。"]
HO_CUST_SEARCH = ["你稍等，我找找单子。", "我看一下手机里的记录。"]
HO_CUST_FILLER_OPEN = ["嗯，", "呃，", "啊，", "呃，那个，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["烦请您再报一次手机号码？"],
    "name": ["烦请您再报一次姓名？"],
    "id": ["烦请您再报一次证件号码的后六位？"],
    "account": ["烦请您再报一次{acct_label}？"],
    "address": ["烦请您再报一次地址？"],
}
HO_SLOT_ANSWER = {
    "phone": "手机号是{phone_zh}。", "name": "{name}。", "id": "{id6_zh}。",
    "account": "{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["刚才报过了，", "", "好的，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["为您复核，手机{phone_zh}，无误吧？"],
    "name": ["为您复核，您是{name}，无误吧？"],
    "id": ["为您复核，证件尾号{id6_zh}，无误吧？"],
    "account": ["为您复核，{acct_label}{acct_zh}，无误吧？"],
    "address": ["为您复核，地址是{address}，无误吧？"],
}
HO_READBACK_CUST = ["无误。", "对，没错。", "嗯，是的。", "对。"]
HO_NEW_ASK = {
    "phone": ("结果能发短信告诉我吗？", "嗯嗯，可以，请您留个手机号码？", "{phone_zh}。", "好的，已登记。"),
    "name": ("单子上写谁的名字？", "写您本人的，请问您的全名？", "{name}。", "好的，已写上。"),
    "address": ("能不能寄到我家？", "嗯对，可以寄，请告知收件地址？", "{address}。", "好的，收件处已记下。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]),
                    ("account", ["卡号", "账号", "编号", "单号"]),
                    ("name", ["姓名", "名字", "全名", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["重复一遍", "再报", "再说", "报一下", "说一下", "是多少", "告知", "提供", "留个", "给个"]


# the slot an agent line asks for, or None (read-backs 「为您复核…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("为您复核",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so most
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).
HO_DOMAINS = {
    "dogschool": {
        "companies": [("乖乖狗训犬学校", "乖乖狗训犬学校")],
        "acct_label": "训犬学员卡号",
        "verify": [("烦请您提供训犬学员卡号。", "{acct_zh}。", ["account"]),
                   ("犬主的姓名和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["狗上完课出门还是扑人。", "我家狗训练以后还扑人。"],
             "result": ["扑人多半是见到生人太兴奋，我们安排{doctor}教练{due}上门做一次家庭纠正训练，不另收费用。"],
             "qa": [("上门的时候我要在家吗？", "嗯嗯，需要您在家，教练会教您怎样配合口令。")]},
            {"open": ["想给刚满半岁的小狗报个班。"],
             "result": ["半岁的小狗适合基础服从班，共十节课，{due}有一期新班开课，由{doctor}教练带班。"],
             "qa": [("小狗要打完疫苗才能来吗？", "嗯对，请带上疫苗本，入学时我们要登记。")]},
        ],
    },
    "rooftop": {
        "companies": [("云台屋顶花园工程公司", "云台屋顶花园工程公司")],
        "acct_label": "屋顶花园工程单号",
        "verify": [("请您报一下屋顶花园工程单号。", "{acct_zh}。", ["account"]),
                   ("业主的姓名和地址？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["屋顶花园下过雨以后楼下渗水。", "屋顶下雨后渗水了。"],
             "result": ["工程还在质保期内，{doctor}工程师{due}上门做闭水试验，找到渗点后免费重做防水。"],
             "qa": [("检查的时候要把花都搬开吗？", "嗯嗯，只搬渗水那一块，我们的人会帮您搬。")]},
            {"open": ["想在自家屋顶做一个小菜园。"],
             "result": ["小菜园可以做轻质种植槽，先由{doctor}工程师{due}上门测一测承重，再给您出方案和报价。"],
             "qa": [("上门测量收钱吗？", "嗯对，测量免费，签约后才收定金。")]},
        ],
    },
    "mahjong": {
        "companies": [("四方城棋牌连锁", "四方城棋牌连锁")],
        "acct_label": "棋牌会员卡号",
        "verify": [("请您说一下棋牌会员卡号。", "{acct_zh}。", ["account"]),
                   ("会员的名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["包间的自动麻将机洗牌卡住了。", "麻将机老是卡牌。"],
             "result": ["已经通知{doctor}师傅带配件过去，{due}前修好，卡住这段时间的包间费给您免掉。"],
             "qa": [("修的时候能给我们换个包间吗？", "嗯嗯，隔壁包间空着，您先换过去。")]},
            {"open": ["周末想订一个大包间过生日。"],
             "result": ["大包间能坐三桌，{due}还有空，店长{doctor}姐会给您布置一下，再送一个果盘。"],
             "qa": [("能自己带蛋糕吗？", "嗯对，可以带，店里有冰柜帮您存放。")]},
        ],
    },
    "kite": {
        "companies": [("纸鸢坊风筝铺", "纸鸢坊风筝铺")],
        "acct_label": "风筝定制单号",
        "verify": [("请提供您的风筝定制单号。", "{acct_zh}。", ["account"]),
                   ("收件人的姓名和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["新买的风筝怎么都飞不起来。", "风筝一放就往下栽。"],
             "result": ["多半是提线的位置偏了，{doctor}师傅{due}前给您寄一副调好的提线，照着图换上就行。"],
             "qa": [("要不要把风筝寄回去？", "嗯嗯，不用寄回，换提线就能解决。")]},
            {"open": ["想定做一只大沙燕送给老人。"],
             "result": ["手绘的大沙燕要做十天左右，{due}前定稿，由{doctor}师傅亲手扎骨架和描画。"],
             "qa": [("能在上面写字吗？", "嗯对，可以题字，您把内容发给我们。")]},
        ],
    },
    "costume": {
        "companies": [("霓裳戏服租赁社", "霓裳戏服租赁社")],
        "acct_label": "戏服租借单号",
        "verify": [("烦请告知戏服租借单号。", "{acct_zh}。", ["account"]),
                   ("剧团联系人的名字和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["租的戏服有几套尺寸不对。", "戏服试穿有几套太小了。"],
             "result": ["尺寸不合身是我们量体时的疏漏，{doctor}师傅{due}带着备用的几套上门，当场试穿修改。"],
             "qa": [("改完还能按时还吗？", "嗯嗯，租期从改好那天重新算。")]},
            {"open": ["学校演话剧想租一批民国服装。"],
             "result": ["民国长衫和旗袍都有现货，{due}前可以来店里试穿，由{doctor}师傅帮您配齐帽子和鞋。"],
             "qa": [("学生演出有没有优惠？", "嗯对，学校演出按八折计算。")]},
        ],
    },
    "violin": {
        "companies": [("弦音提琴修造工作室", "弦音提琴修造工作室")],
        "acct_label": "提琴送修单号",
        "verify": [("请报一下提琴送修单号。", "{acct_zh}。", ["account"]),
                   ("送修人的姓名和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["修完的琴面板上多了一道裂缝。", "琴拿回来以后面板裂了。"],
             "result": ["我们非常重视，{doctor}师傅{due}上门取琴，先做检测，如果是维修造成的由我们全额负责修复。"],
             "qa": [("裂缝会不会越来越大？", "嗯嗯，有可能，请先放在琴盒里，别放在暖气旁边。")]},
            {"open": ["想给孩子的琴换一套好一点的弦。"],
             "result": ["学琴的孩子推荐中等张力的尼龙芯弦，{due}前来店里，{doctor}师傅当场换好调音。"],
             "qa": [("换弦要等很久吗？", "嗯对，大概半小时，您可以在店里坐一坐。")]},
        ],
    },
    "apiary": {
        "companies": [("百花岭蜂场直营店", "百花岭蜂场直营店")],
        "acct_label": "蜂蜜订购编号",
        "verify": [("烦请提供蜂蜜订购编号。", "{acct_zh}。", ["account"]),
                   ("收货人的名字和地址？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["收到的蜂蜜瓶子漏了。", "快递来的蜂蜜洒了一箱。"],
             "result": ["运输破损由我们承担，{due}前给您补发一箱，{doctor}场长会亲自检查包装再发出。"],
             "qa": [("漏的那瓶要寄回去吗？", "嗯嗯，不用寄回，拍张照片给我们就行。")]},
            {"open": ["想订一些槐花蜜送客户。"],
             "result": ["槐花蜜今年的新蜜刚摇出来，{due}前订可以做礼盒，{doctor}场长给您挑最好的一批。"],
             "qa": [("礼盒能印公司名字吗？", "嗯对，可以印，五十盒起做。")]},
        ],
    },
    "signmaker": {
        "companies": [("亮字招牌标识制作厂", "亮字招牌标识制作厂")],
        "acct_label": "招牌制作单号",
        "verify": [("请说一下您的招牌制作单号。", "{acct_zh}。", ["account"]),
                   ("店主的姓名和地址？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["新装的招牌有几个字不亮。", "招牌一开灯有三个字是黑的。"],
             "result": ["多半是灯珠的接头松了，{doctor}师傅{due}带升降车过去，保证开业前全部修好。"],
             "qa": [("修的时候要关店吗？", "嗯嗯，不用关，师傅在外面作业。")]},
            {"open": ["新店想做一块发光的门头。"],
             "result": ["门头按平方米报价，{due}前给您出效果图，{doctor}师傅会先上门量尺寸。"],
             "qa": [("效果图不满意能改吗？", "嗯对，定稿前可以改三次。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["匡", "阚", "兰", "诸", "牧", "弓", "濮", "邴", "祖", "晁", "郜", "居", "衡", "步", "佘", "檀"]
DOCTORS = SURNAMES           # the trainer, the engineer, the master, the manager ... by surname
NAMES = ["匡思齐", "阚文静", "兰若溪", "诸雪松", "牧晓阳", "弓长远", "濮一凡", "邴雅琪", "祖嘉禾", "晁书瑶",
         "郜子墨", "居安宁"]
AREAS = ["望江里", "丁香小区", "南湖新苑", "杏坛东路", "青石巷", "枫林湾"]
CITIES = ["绍兴", "嘉兴", "湖州", "金华", "台州", "丽水", "衢州", "舟山"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["另外，我前几天留言问的事有回复了吗？", "还有，上次说好的回访怎么一直没来？"]
HOLD2_AGENT = "您之前留言的事已经有了结果，处理意见昨天已经短信发给您了。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
