# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind14`` (dev only): the fourteenth blind evaluation set for issue 11.

Written by a fourteenth writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette),
without reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py,
blind10_text.py, blind11_text.py, blind12_text.py or blind13_text.py.  Eight business lines none of
them had, in other registers: a cinema chain's member line (lively, polished), a legal-aid hotline
(measured, plain public service), a pharmacy chain's prescription line (precise, cautious), a
hearing-aid fitting centre (slow, patient, for the elderly), a funeral-service centre (solemn,
gentle), a laundry pick-up service (homely, cheerful), a farm-supplies advice line (plain, rural)
and a lift-maintenance emergency line (terse, calm).  Other 工号 forms (服务序号, 值机员, 话务专员,
工作台, 咨询师, 顾问编号, 服务台), offers of help, closings, hold announcements and returns in other
words, 服务禁语 in seven families, and hard negatives.

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

HO_DOMAINS_LIST = ["cinema", "legalaid", "pharmacy", "hearing", "funeral", "laundry", "agri", "elevator"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说", "那么"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number in a form no earlier writer used, an offer of help.  Two are unusual but
# acceptable: the answerer first says the call is recorded, and one says it will speak up and asks
# the caller to say so if they cannot hear (a line whose callers are often elderly).
HO_GREETINGS = [
    "您好，{hotline}，本次通话全程录音，服务序号{agent_zh}，请问您要咨询哪方面的事情？",
    "{tod}，欢迎拨打{hotline}，值机员{agent_zh}号为您接听，请问需要我为您做点什么？",
    "您好，{hotline}话务专员{agent_zh}号，很乐意帮您，请讲讲您的情况。",
    "您好呀，{hotline}，我是小{agent_surname}，工作台{agent_zh}号，今天想办点什么呢？",
    "您好，{hotline}，咨询师{agent_zh}号，您先说说遇到了什么事，我帮您一起想办法。",
    "{tod}，{hotline}为您接通人工，顾问编号{agent_zh}，您请说需要哪方面的帮助。",
    "您好，我说话稍微大声一点，这里是{hotline}，服务台{agent_zh}号，您要是听不清随时告诉我，请问有什么能帮您？",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["哪位？有事快讲。", "这边听着呢，什么事。", "接了接了，你讲。", "啥情况，直接说。", "喂喂，听得到就讲。",
                    "又打来了？说正事。"]

# ---- closings
HO_CLOSING_ASK = ["除了这件事，您那边还有别的要问的吗？", "今天的问题都解答到位了吗，还有要补充的吗？",
                  "还有什么我能顺手帮您一起办了的？", "您看还有其他想了解的没有？"]
HO_CLOSING_CUST = ["没有了，挺清楚的。", "就问这个。", "没别的了，谢谢啊。", "先这样吧。", "没了，有劳你了。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; two without 再见
# (thanks plus wishes), which is acceptable.
HO_CLOSING_BYE = {
    None: ["谢谢您来电，有事随时再打过来，再见。",
           "那就先这样，谢谢您的信任，再见。",
           "谢谢您抽空打来，祝您平平安安，再见。",
           "感谢您打进来，祝您诸事顺遂。",
           "谢谢您，祝您和家里人都健健康康。"],
    "cinema": ["谢谢您选择光合影城，祝您观影愉快，再见。"],
    "legalaid": ["感谢来电，祝您的事情顺利解决，再见。"],
    "pharmacy": ["谢谢您的来电，请按医嘱用药，祝您早日康复，再见。"],
    "hearing": ["谢谢您耐心听我讲，祝您听得清清楚楚，再见。"],
    "funeral": ["感谢您的信任，请您节哀，多保重身体，再见。"],
    "laundry": ["谢谢您，衣服洗好就给您送回去，祝您生活愉快，再见。"],
    "agri": ["谢谢您打来，祝您今年好收成，再见。"],
    "elevator": ["感谢您的报修，维保人员已经出发，祝您平安，再见。"],
}
HO_CLOSING_CUST_BYE = ["好，谢谢，再见。", "嗯好，拜。", "谢谢你啊，再见。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["行，就到这儿。", "我这边没事了，挂了。", "该说的都说了，就这样。", "后面有消息会通知，先这样。",
                   "好，轮到下一个了。", "没别的事就收线了。"]
HO_BAD_CLOSING_CUST = ["这就完了？", "哦，那行吧。", "行，我知道了。", "那我再问问别人。"]

# ---- holds: announcements in other words (keep the receiver in hand, the line goes quiet a
# while, a waiting area, please don't hang up, a waiting tone, wait a spell, stay by the phone),
# thanks on return in other words (过意不去, 多谢您没挂, 劳烦, 耐着性子, 久等啦), returns without thanks.
HO_HOLD_ANNOUNCE = ["我得去药师台核一下处方，估计要四十来秒，麻烦您听筒先拿着。",
                    "您给我半分钟，我翻一翻您的档案，电话这头先静一会儿。",
                    "这个要打给维保站问问，我先把您这路电话放进等待区，很快就回。",
                    "请您别挂，我到后面库房看看还有没有现货，一分钟左右。",
                    "接下来您会听到一段等候铃声，那是我在帮您联系值班律师。",
                    "劳您等上一阵，我请老师傅听听您说的情况。",
                    "我先去找值班经理商量，您请留在电话旁，我问清楚就告诉您。"]
ANNOUNCE_RE = "听筒先拿着|先静一会儿|等待区|请您别挂|等候铃声|等上一阵|留在电话旁"
HO_HOLD_THANKS = ["让您在电话那头干等，真过意不去，处方核好了。", "多谢您没挂，档案翻到了。",
                  "劳烦您等这么久，维保站那边有回话了。", "谢谢您耐着性子等我，库房里还有货。",
                  "您久等啦，值班经理那边同意了。"]
HO_THANKS_WORDS = ["谢谢", "感谢", "多谢", "久等", "久候", "麻烦您", "辛苦", "抱歉", "不好意思", "劳驾", "有劳", "难为",
                   "让您等", "耽搁", "劳烦", "过意不去", "干等", "对不住"]
HO_RESUME_NO_THANKS = ["处方核好了，可以配药。", "档案翻到了，您上次验配是在三月份。", "维保站回话了，人已经出发。",
                       "库房里还有货，今天能发。", "经理同意了，照这个办法处理。"]
HO_UNANNOUNCED_PRE = ["您说的我都写下来了。", "好，这个由我来跟进。", "明白了，您的意思我清楚。", None, None]
# words a return without thanks, or the line before an unannounced hold, must not have
NOT_ANNOUNCING = ["等", "稍", "挂", "候", "线上", "在线", "别收", "搁", "音乐", "提示音", "片刻", "马上", "一会儿",
                  "一下", "别走", "静音", "安勿躁", "回来", "断", "旋律", "握着", "安静", "结束通话", "离开", "听筒",
                  "静一", "等待区", "铃声", "电话旁", "一阵", "很快就回"]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic).  Two are hard
# negatives: a look-alike of a hold announcement (the agent says no wait is needed: none follows)
# and a look-alike of a closing (thanks in mid-call).
HO_ACK_AGENT = ["是啊，这种事摊上谁都闹心，我们一件一件来。", "好啊，就按您说的来办。",
                "这个我这边直接就能看到，不用您再等。", "先谢谢您这么配合，接下来的步骤我一步步跟您说。"]
HO_ACK_CUST = ["嗯嗯，好。", "哦，是这样。", "啊，行吧。", "好嘞好嘞。", "明白啦。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["嗯。", "嗯嗯。", "您说。", "明白。", "在听。", "是的。"]
HO_CUST_BC = ["嗯。", "嗯嗯。", "哦。", "对。", "是。", "哦哦。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "我买的票怎么显示已经过期了？", "场次时间票面上印着呢，是您自己没看表误了场。", "自己没看表"),
    ("blame_customer", "药怎么少寄了一盒？", "下单数量是您亲手填的，少了得问您自己。", "得问您自己"),
    ("blame_customer", "我的羊毛衫洗完缩水了。", "标签上写着不能水洗，谁让您送之前不说明白。", "谁让您送之前不说"),
    ("refuse_responsibility", "电梯又困人了，你们维保是怎么做的？", "电梯归物业管，出了事您找物业，别往维保头上扣。", "别往维保头上扣"),
    ("refuse_responsibility", "买的种子出苗率特别低。", "种子是厂家出的，出苗不好您跟厂家掰扯去。", "跟厂家掰扯去"),
    ("refuse_responsibility", "分给我的律师一直不回电话。", "律师怎么干活是律所的事，中心管不着他。", "中心管不着"),
    ("do_it_yourself", "会员积分怎么兑换电影票？", "小程序里点几下的事，自个儿捣鼓去。", "自个儿捣鼓去"),
    ("do_it_yourself", "助听器的音量怎么调？", "盒子里那本小册子翻开就有，您戴上眼镜慢慢对。", "您戴上眼镜慢慢对"),
    ("do_it_yourself", "申请援助要填什么表？", "表格网上都能下，怎么填您照着样表抄。", "照着样表抄"),
    ("take_or_leave", "告别厅能不能便宜一点？", "价目表就这一张，嫌贵就别在我们这儿办。", "别在我们这儿办"),
    ("take_or_leave", "取衣时间能不能改到晚上？", "上门时间就这几个档，挑不中就自己送过来。", "挑不中就自己送过来"),
    ("take_or_leave", "这个药能换个便宜点的牌子吗？", "店里只有这一个牌子，您买就买，不买没人留您。", "不买没人留您"),
    ("impatience", "你说慢一点，我耳朵不太好。", "我已经够慢了，再慢天都黑了。", "再慢天都黑了"),
    ("impatience", "打药的比例你再给我讲讲。", "行了别啰嗦了，您到底要问哪一样。", "别啰嗦了"),
    ("impatience", "你能不能先听我说说当时的情况？", "过程不用讲，我只要地址，快说。", "过程不用讲"),
    ("sarcasm", "能不能给我留个最中间的位置？", "最中间的位置，要不要再给您配个放映员。", "再给您配个放映员"),
    ("sarcasm", "化肥能不能赊账到秋后？", "赊到秋后，那收成是不是也先记在我们名下。", "收成是不是也先记在我们名下"),
    ("sarcasm", "律师能不能保证我一定打赢？", "保证打赢，那还要法官干什么。", "那还要法官干什么"),
    ("talking_down", "饭前吃和饭后吃有什么区别？", "这都要问，您平时吃药不看说明的吗。", "吃药不看说明"),
    ("talking_down", "羽绒服可以水洗吗？", "这点生活常识都没有，家里衣服平时都谁洗的。", "家里衣服平时都谁洗的"),
    ("talking_down", "电梯里的紧急按钮是哪一个？", "红色那个画着铃铛的，小孩都认得。", "小孩都认得"),
]
HO_FORBIDDEN_REACT = ["你这叫什么服务态度？", "把你的工号报给我听。", "我要跟你们领导反映。", "有你这么跟人说话的吗？"]
# Agent hard negatives: taboo-ish words in acceptable service language; four answer the yes-no
# question with 嗯对 / 嗯嗯 (look-alikes are reached far more surely than small talk).
HO_LOOKALIKES = [
    ("blame_customer", "是我自己没看清场次吗？", "不怪您，那天排片临时调整了，我给您换到同一时段。"),
    ("blame_customer", "衣服缩水是因为我没说清楚吗？", "跟您没关系，是我们分拣时没看标签，我们照价赔偿。"),
    ("refuse_responsibility", "这事归你们管吗？", "嗯对，归我们管，您不用再去找物业。"),
    ("refuse_responsibility", "种子的问题要我自己找厂家吗？", "不用您跑，厂家那边由我们去对接，有结果我打给您。"),
    ("do_it_yourself", "我能自己在小程序上兑换吗？", "嗯嗯，自己就能兑，您要是嫌麻烦，我在后台直接帮您兑好。"),
    ("do_it_yourself", "表格我照着样表填行吗？", "嗯对，照样表填就行，填完我再帮您从头核一遍。"),
    ("take_or_leave", "价格是统一定的吧？", "嗯嗯，价格全市统一，不过困难家庭可以申请减免，我帮您问。"),
    ("impatience", "我说得太啰嗦了吧？", "一点不啰嗦，您多讲点我才好判断。"),
    ("impatience", "我耳朵背，你能再讲一遍吗？", "当然可以，我放慢点再给您讲一遍。"),
    ("sarcasm", "我想要最中间的位置，是不是要求太高了？", "不高，中间位置我这就帮您看看还有没有。"),
    ("talking_down", "我是不是问了个很外行的问题？", "不外行，刚开始接触都会问这个。"),
    ("talking_down", "这种事是不是大家都懂，就我不懂？", "不会，这块确实专业，我慢慢给您讲。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("你们这帮人就知道推。", "让您觉得被推来推去，是我们的不对，这件事我负责到底。"),
    ("别念稿子了，说人话。", "好，简单讲，明天上午就给您办好。"),
    ("打了三遍才打通，你们是不是故意的？", "真不是故意的，今天来电特别多，您的事我现在就办。"),
    ("我看你也讲不明白。", "我换个说法，您听听这样是不是清楚些。"),
    ("再办不好我就去找媒体曝光。", "您的心情我理解，今天之内就把处理结果给您。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我爸在电梯里困了快二十分钟了，物业电话一直没人接，里面信号也不好，我在外面喊他都听不太清，急死人了。",
    "上周在你们店里开的降压药，回家一看药盒上的名字跟处方上写的不一样，我妈已经吃了两天了，现在有点头晕。",
    "我送去洗的那件大衣，取回来袖口全是褪色的印子，店员说本来就这样，可送去的时候明明好好的，那是我结婚时买的。",
    "我在你们影城买了两张晚上的票，到了门口才说放映机坏了，也没人提前通知，孩子哭着不肯走，我们打车来回花了一百多。",
]
HO_INTERRUPT_AGENT = [
    "您先别慌，救援师傅十五分钟内到。",
    "先把药停下，我这就请药师给您回电。",
    "这件大衣我们负责，先给您登记理赔。",
    "票款和车费我们都给您退，我先给您登记。",
]
HO_EARLY_AGENT = [
    "我先把申请流程跟您说一遍，带上身份证、收入证明和案件材料到中心窗口，当场审查，符合条件的七个工作日内指派律师。",
    "助听器试戴是免费的，我们先给您做一次听力测试，根据结果调好参数，戴回家试一周，满意了再付款。",
    "今年小麦追肥建议在返青期，每亩尿素十五斤左右，赶在下雨前撒效果最好，千万别在大太阳底下打药。",
]
# customers cut in with these: long enough to keep >= 1.5 s of talking over the agent
HO_EARLY_CUST = ["等一下等一下，我不是问这个，你先听我把话说完。", "打住打住，你说的跟我问的根本对不上号。",
                 "慢着，我还没讲完呢，你怎么就开始往下说了。"]
HO_AFTER_INTERRUPT_CUST = ["你能不能等我讲完？", "行，那你先说。", "我这还没讲完呢。"]
HO_AFTER_EARLY_AGENT = ["对不起，是我抢话了，您先讲。", "不好意思，您请继续说。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics)
HO_GENERIC_QA = [
    ("周末也有人接电话吗？", "嗯对，周末也有人值班。"),
    ("能用支付宝付吗？", "嗯嗯，支付宝、微信、银行卡都行。"),
    ("需要我本人过去吗？", "不一定，委托家人带上您的身份证也能办。"),
    ("多长时间有结果？", "一般两三个工作日。"),
    ("这个收费吗？", "这一项不收费。"),
    ("有没有纸质的凭据？", "有的，办完给您一张回执。"),
    ("你们几点关门？", "人工服务到晚上七点半。"),
    ("我能加急吗？", "好啊，加急的话当天就能处理。"),
    ("老人办有没有方便的办法？", "是啊，老人可以预约上门，不用跑一趟。"),
    ("有短信提醒吗？", "办好了会发短信提醒您。"),
    ("能不能开票？", "能开，电子发票发到您邮箱。"),
    ("在哪能看到进度？", "公众号里能查进度。"),
    ("这个月有活动吗？", "这个月新客户打九折。"),
    ("下次打电话还能找你吗？", "可以，说找我就能转过来。"),
]
# Customers' long turns: the caller explains before asking.
HO_CUST_DETAIL = ["事情是这样的，上个月我打过一次，当时说会有人回电，一直没等到。",
                  "我是帮我爸问的，他耳朵不好，接不了电话。",
                  "我现在在地里，风有点大，你说话大点声。",
                  "我前前后后跑了两趟了，每次都说材料不齐。",
                  "这个事挺急的，明天一早就要用。"]
HO_CUST_SEARCH = ["你等等，我找找那张单子。", "我去拿一下老花镜。"]
HO_CUST_FILLER_OPEN = ["嗯，", "呃，", "啊，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["您的手机号码能再报一次吗？"],
    "name": ["您的姓名能再报一次吗？"],
    "id": ["证件号后六位能再报一次吗？"],
    "account": ["{acct_label}能再报一次吗？"],
    "address": ["您的地址能再报一次吗？"],
}
HO_SLOT_ANSWER = {
    "phone": "手机号是{phone_zh}。", "name": "{name}。", "id": "后六位{id6_zh}。",
    "account": "{acct_label}是{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["刚才报过了，", "", "行，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["我跟您对一遍，手机{phone_zh}，没错吧？"],
    "name": ["我跟您对一遍，登记的是{name}，没错吧？"],
    "id": ["我跟您对一遍，证件尾号{id6_zh}，没错吧？"],
    "account": ["我跟您对一遍，{acct_label}{acct_zh}，没错吧？"],
    "address": ["我跟您对一遍，地址{address}，没错吧？"],
}
HO_READBACK_CUST = ["没毛病。", "对，就是它。", "嗯，没问题。", "是的是的。"]
HO_NEW_ASK = {
    "phone": ("办好了能打电话通知我吗？", "嗯对，可以电话通知，给我留个手机号码？", "{phone_zh}。", "好，通知的号码记下了。"),
    "name": ("需要登记名字吗？", "要登记的，您贵姓，全名是？", "{name}。", "好，登记上了。"),
    "address": ("可以上门来取吗？", "嗯嗯，可以上门，您家地址是？", "{address}。", "好，上门的地方记好了。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]),
                    ("account", ["卡号", "账号", "编号", "档案号", "流水号", "单号"]),
                    ("name", ["姓名", "名字", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["再报", "再讲", "再念", "再说", "报一下", "说一下", "是多少", "告知", "提供", "报给我"]


# the slot an agent line asks for, or None (read-backs 「我跟您对一遍…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("对一遍",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so several
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).  Some
# results and follow-ups are look-alikes: no need to wait by the phone (no hold follows), 节哀 /
# 保重 and thanks in mid-call (not a closing).
HO_DOMAINS = {
    "cinema": {
        "companies": [("光合影城会员服务热线", "光合影城会员服务热线")],
        "acct_label": "影城会员卡号",
        "verify": [("请问您的影城会员卡号是多少？", "{acct_zh}。", ["account"]),
                   ("购票用的手机号码是？", "{phone_zh}。", ["phone"])],
        "issues": [
            {"open": ["昨晚那场电影临时取消了，票钱还没退。", "我买的场次放不了，钱怎么退？"],
             "result": ["查到了，那场因为设备故障取消，票款{amount}元今天原路退回，另外送您两张观影券，已经放进会员账户。"],
             "qa": [("观影券有期限吗？", "嗯嗯，有效期三个月，节假日也能用。")]},
            {"open": ["会员积分快过期了，能换点什么？"],
             "result": ["您现在有一千二百积分，可以换一张二维电影票或者一份爆米花套餐，月底前兑换都有效。"],
             "qa": [("能换三维的吗？", "三维的要再补十五元差价。")]},
        ],
    },
    "legalaid": {
        "companies": [("平川市法律援助中心咨询热线", "平川市法律援助中心咨询热线")],
        "acct_label": "援助申请编号",
        "verify": [("麻烦报一下援助申请编号。", "{acct_zh}。", ["account"]),
                   ("申请人的姓名和身份证后六位是？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["公司拖欠工资三个月了，我想申请法律援助。", "老板不发工资，我请不起律师。"],
             "result": ["讨要劳动报酬属于援助范围，不审查经济困难条件，您带上劳动合同和工资流水到中心窗口，当天就能受理。"],
             "qa": [("没有劳动合同也能申请吗？", "嗯对，有考勤记录或者工友证言也可以。")]},
            {"open": ["我的援助申请批了，可律师还没联系我。"],
             "result": ["指派已经完成，承办律师姓{doctor}，您的情况我转给他了，他会在{due}之前联系您，您不用一直守在电话边上。"],
             "qa": [("律师费要我出吗？", "法律援助是免费的，您不用出钱。")]},
        ],
    },
    "pharmacy": {
        "companies": [("百草堂大药房处方服务专线", "百草堂大药房处方服务专线")],
        "acct_label": "处方流水号",
        "verify": [("请您提供处方流水号。", "{acct_zh}。", ["account"]),
                   ("用药人的姓名是？", "{name}。", ["name"])],
        "issues": [
            {"open": ["网上开的处方药，药盒上的名字跟处方对不上。", "送来的药好像跟医生开的不一样。"],
             "result": ["核对过了，是同一种成分，药盒上印的是商品名，处方上写的是通用名，剂量也一致，可以放心按医嘱服用。"],
             "qa": [("那还是一天两次吗？", "嗯对，早晚各一次，饭后服用。")]},
            {"open": ["我想续开上个月的降压药。"],
             "result": ["续方需要医生重新审核，我给您提交了，审核通过后药品{due}送到，运费免了。"],
             "qa": [("能一次多开几盒吗？", "慢性病最多可以开一个月的量。")]},
        ],
    },
    "hearing": {
        "companies": [("聆悦助听器验配中心", "聆悦助听器验配中心")],
        "acct_label": "验配档案号",
        "verify": [("您的验配档案号是多少？", "{acct_zh}。", ["account"]),
                   ("您的手机号码说一下？", "{phone_zh}。", ["phone"])],
        "issues": [
            {"open": ["我爸的助听器老是吱吱响。", "助听器一戴上就有啸叫声。"],
             "result": ["啸叫多半是耳塞没塞紧，或者耳道里有耵聍，您先把耳塞往里推一推，要是还响，{due}带过来我们免费调试。"],
             "qa": [("调试要收费吗？", "嗯嗯，保修期内调试不收费。")]},
            {"open": ["想给老人配一副助听器，先问问价钱。"],
             "result": ["价格从两千多到一万多都有，先来做一次免费的听力检测，验配师根据结果推荐，还可以试戴一周再决定。"],
             "qa": [("检测要多长时间？", "大约四十分钟。")]},
        ],
    },
    "funeral": {
        "companies": [("思远殡仪服务中心", "思远殡仪服务中心")],
        "acct_label": "治丧服务单号",
        "verify": [("请问治丧服务单号是多少？", "{acct_zh}。", ["account"]),
                   ("联系人怎么称呼，电话是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["家里老人刚走，想问问后事怎么安排。", "我父亲今天早上过世了，不知道该先办什么。"],
             "result": ["请您节哀，我们先派车接老人，接下来开具死亡证明、预约告别厅，这些礼仪师都会陪您一起办。"],
             "qa": [("车今天晚上能到吗？", "嗯对，两小时内到，司机出发前会先给您打电话。")]},
            {"open": ["告别仪式想改到后天。"],
             "result": ["已经给您改到后天上午九点，二号告别厅，鲜花和挽联按原来的样式准备，也请家里人多保重。"],
             "qa": [("家属大概能来多少人？", "二号厅能容纳八十人左右。")]},
        ],
    },
    "laundry": {
        "companies": [("洁衣坊上门洗衣服务中心", "洁衣坊上门洗衣服务中心")],
        "acct_label": "洗衣订单号",
        "verify": [("洗衣订单号报一下？", "{acct_zh}。", ["account"]),
                   ("上门取衣的地址是？", "{address}。", ["address"])],
        "issues": [
            {"open": ["送洗的大衣袖口褪色了。", "衣服洗回来颜色不对了。"],
             "result": ["我看到质检照片了，确实是我们清洗时出的问题，按衣服价值给您赔偿，赔款{amount}元三天内到账。"],
             "qa": [("大衣你们还能修吗？", "嗯嗯，可以送去专业复色，费用我们出。")]},
            {"open": ["想约明天上门收衣服。"],
             "result": ["明天下午两点到四点之间收衣师傅上门，洗好后四天送回，羽绒服和皮衣单独计价。"],
             "qa": [("床单被罩也收吗？", "都收，按件计价。")]},
        ],
    },
    "agri": {
        "companies": [("丰禾农资技术服务热线", "丰禾农资技术服务热线")],
        "acct_label": "农资订货单号",
        "verify": [("您的农资订货单号是多少？", "{acct_zh}。", ["account"]),
                   ("您贵姓，留个手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["去年买的玉米种子出苗不齐。", "种子种下去一半没出苗。"],
             "result": ["这批种子有农户反映过，我们已经送检了，您先拍几张地里的照片发过来，农技员{due}下乡去您那儿看。"],
             "qa": [("要是种子的问题能赔吗？", "嗯对，检测确认是种子问题的，按亩赔偿。")]},
            {"open": ["麦子叶子发黄，该打什么药？"],
             "result": ["听着像是缺氮加上锈病，先追一次尿素，再用三唑酮兑水喷，早晚没太阳的时候打，谢谢您信得过我们。"],
             "qa": [("打药要戴口罩吗？", "要戴口罩和手套，打完洗手洗脸。")]},
        ],
    },
    "elevator": {
        "companies": [("稳升电梯维保应急专线", "稳升电梯维保应急专线")],
        "acct_label": "电梯注册编号",
        "verify": [("电梯注册编号贴在轿厢里，麻烦报一下？", "{acct_zh}。", ["account"]),
                   ("报修人的姓名和手机号码？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["电梯停在两层中间，里面有人。", "电梯困人了，我家老人在里面。"],
             "result": ["维保师傅已经出发，十五分钟内到，请告诉里面的人不要扒门，按住对讲键说话，保持冷静。"],
             "qa": [("里面会不会缺氧？", "不会，轿厢有通风口，空气是流通的。")]},
            {"open": ["电梯这个月已经坏了三回了。"],
             "result": ["我查了维保记录，三次都是同一个门机的问题，{due}安排更换门机，换好之前每天派人巡检一次。"],
             "qa": [("换门机要停梯多久？", "大概半天，会提前贴通知。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["郝", "霍", "庄", "姜", "靳", "卓", "房", "申", "景", "屈", "苗", "甄", "冷", "柏", "宗", "左"]
DOCTORS = SURNAMES           # the legal-aid result names the assigned lawyer's surname
NAMES = ["郝志远", "霍雅琳", "庄国栋", "姜晓东", "靳美玲", "卓春生", "房静怡", "申振华", "景若兰", "屈立新",
         "苗慧敏", "甄俊豪"]
AREAS = ["青枫苑", "松涛小区", "兰亭雅居", "银杏湾", "东篱新村", "锦绣华庭"]
CITIES = ["泰安", "宜宾", "荆州", "丽水", "赤峰", "安庆", "肇庆", "铁岭"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["另外问一句，我之前登记的那件事办得怎么样了？", "还有，我上回反映的问题有下文了吗？"]
HOLD2_AGENT = "您上回反映的事已经处理完了，结果前几天发到您手机上了。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
