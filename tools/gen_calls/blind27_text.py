# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind27`` (dev only): the twenty-seventh blind evaluation set for issue 11.

Written by a twenty-seventh writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette),
without reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py and
blind10_text.py to blind26_text.py.  Eight business lines none of them had, answered by an
outsourced overflow desk (合作客服中心) that takes the calls the centres' own lines cannot: a
chimney and fireplace sweep (烟囱壁炉清扫), a high-rise window-cleaning firm (高层外窗清洗), a
language-exchange club (语言交换俱乐部), a dog-grooming salon (宠物美容), a scuba-diving school
(潜水培训), a shoe-repair and leather-care shop (修鞋皮具护理), an observatory's star-gazing
nights (天文台观星活动) and a wig-making studio (假发定制).  The agents work for an outsourcing
partner and read a script they barely know: stiff, formal, procedural wording (按流程, 本坐席,
烦请, 是否正确), many short holds to look something up in a manual, a knowledge base or with an
on-site supervisor; polite but confused callers, some of whom say the line crackles.  Other 工号
forms (代接座席, 协理员, 承接员, 服务牌号, 接驳员, 协办, 代理客服, 外线协助岗), offers of help,
closings, hold announcements and returns in other words, 服务禁语 in seven families, and hard
negatives.

Two openings are unusual but acceptable: one tells the caller first that the call is answered by
the centre's partner service desk, which can handle it all the same; one asks whether the caller
can hear the agent clearly on the line before asking what is needed.

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

HO_DOMAINS_LIST = ["chimney", "facadeclean", "langexchange", "grooming", "scuba", "shoerepair", "observatory", "wig"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说", "那么"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number in a form no earlier writer used, an offer of help; all fit any centre.  Two
# are unusual but acceptable: the partner desk says who answers; the agent checks the line first.
HO_GREETINGS = [
    "您好，{hotline}委托客服，代接座席{agent_zh}号，请问有什么可以为您办理的？",
    "{tod}，您的来电已转入{hotline}合作服务中心，协理员{agent_zh}号为您接听，请问需要哪方面的协助？",
    "您好，{hotline}，承接员{agent_zh}号，请问今天需要为您处理什么事项？",
    "您好，这里是{hotline}的合作受理点，本人服务牌号{agent_zh}，请问有什么能为您做的？",
    "您好，{hotline}，{agent_zh}号，先向您说明，现在接听的是我们的合作客服中心，您的事情同样可以办理，请问您需要什么帮助？",
    "您好，{hotline}，协办{agent_zh}号，线路偶尔有杂音，请问您能清楚听到我的声音吗？听得清的话请讲您的需求。",
    "{tod}，{hotline}分线服务，{agent_zh}号代理客服谨候您的来电，请您讲。",
    "您好，{hotline}，外线协助岗{agent_zh}号小{agent_surname}，请问您今天来电想办理什么？",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["喂，又转过来一个，说事。", "喂？这是分过来的线，讲。", "等会儿，我找找稿子……行了，你说。",
                    "喂喂，哪儿打来的？", "你说你的事吧。", "喂，这边接的，啥情况？"]

# ---- closings
HO_CLOSING_ASK = ["按流程我再确认一下，请问还有其他事项需要本坐席为您处理吗？", "您的问题已登记完毕，请问是否还有其他需要？",
                  "请问还有别的业务需要一并办理吗？", "除了刚才这件，您还有其他想咨询的吗？"]
HO_CLOSING_CUST = ["没有了，就这个。", "暂时没有了。", "应该没了吧。", "没有，谢谢。", "别的没了。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; one without 再见
# (thanks plus wishes), which is acceptable.
HO_CLOSING_BYE = {
    None: ["本次来电已为您登记完毕，感谢您的来电，祝您生活顺利，再见。",
           "稍后可能会有满意度回访短信，感谢您的耐心配合，再见。",
           "如需进一步协助，欢迎再次来电，谢谢您的支持，再见。",
           "您反映的情况我已如实记录，谢谢您拨打热线，祝您万事顺心。",
           "通话到这里就结束了，感谢您对我们工作的理解，再见。"],
    "chimney": ["感谢您预约烟囱清扫，祝您冬天炉火旺、屋里暖，再见。"],
    "facadeclean": ["谢谢您选择我们的外窗清洗，祝您家窗明几净，再见。"],
    "langexchange": ["感谢您参加语言交换俱乐部，祝您早日找到合适的语伴，再见。"],
    "grooming": ["谢谢您信任我们的美容师，祝您家狗狗漂漂亮亮，再见。"],
    "scuba": ["感谢您报名潜水课程，祝您下水顺利，再见。"],
    "shoerepair": ["谢谢您把鞋交给我们打理，祝您穿着舒服，再见。"],
    "observatory": ["感谢您报名观星活动，祝您那天遇上晴朗的夜空，再见。"],
    "wig": ["谢谢您在我们这儿定制假发，祝您戴得自在，再见。"],
}
HO_CLOSING_CUST_BYE = ["好，再见。", "行，谢了啊。", "嗯，拜拜。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["流程走完了，就这样。", "单子提交了，先这么着。", "后面的事等系统通知。", "下一个电话进来了，先这样。",
                   "能说的都说了，没别的了。", "登记好了，你等着吧。"]
HO_BAD_CLOSING_CUST = ["哎，这就挂了？", "喂？人呢？", "我还没问完呢。", "怎么连个招呼都不打。"]

# ---- holds: announcements in other words (keep the call, don't hang up, wait on the line ...);
# thanks on return in other words; returns without thanks; none promises music (it is drawn per
# hold), and all fit any centre.
HO_HOLD_ANNOUNCE = ["我需要查阅一下操作手册，烦请您保持通话，我尽快答复。",
                    "这个问题我要向驻场主管确认，请您先不要挂机，我马上回来。",
                    "我为您调取委托方的系统记录，请您在线稍候。",
                    "按规定我需要核对知识库，麻烦您先等待一会儿。",
                    "我先把您的情况报给后台，请您持线稍等。",
                    "我看一下服务条款是怎么写的，请您暂时别挂断。",
                    "这一项我要翻一翻培训资料，请您留在线上，很快就好。"]
ANNOUNCE_RE = "保持通话|不要挂机|在线稍候|先等待|持线稍等|别挂断|留在线上"
HO_HOLD_THANKS = ["感谢您的耐心等候，主管已经确认过了。", "谢谢您的等待，系统里的记录调出来了。",
                  "多谢您持线，手册上这一条写得很清楚。", "不好意思让您等着，后台已经回复了。",
                  "抱歉耽误您的时间，培训资料里查到了。"]
HO_THANKS_WORDS = ["谢谢", "感谢", "多谢", "久等", "久候", "麻烦您", "辛苦", "抱歉", "不好意思", "劳驾", "有劳", "难为",
                   "让您等", "耽搁", "劳烦", "过意不去", "干等", "空等", "对不住", "对不起", "耐心", "多亏", "劳您",
                   "耽误", "占用", "耐着性子", "谢了", "谢啦", "候着", "等了", "承蒙", "费心", "烦请", "恳请", "没挂",
                   "等着", "等候", "辛劳", "包涵", "见谅", "体谅", "着急", "守着", "没走开", "等我", "陪着", "费神",
                   "受累", "持线", "等待"]
HO_RESUME_NO_THANKS = ["主管确认了，可以给您办。", "系统记录显示，您的单子上周五已经受理。", "手册上写的是七个工作日内处理完。",
                       "后台回复说费用按原价收取。", "培训资料里有这一条，可以免费补做一次。"]
HO_UNANNOUNCED_PRE = ["我查查手册。", "我看看系统里怎么写的。", "我对对委托方的规定。", None, None]
# words a return without thanks, or the line before an unannounced hold, must not have
NOT_ANNOUNCING = ["等", "稍", "挂", "候", "线上", "在线", "别收", "收线", "搁", "音乐", "提示音", "片刻", "马上", "一会儿",
                  "一下", "别走", "静音", "安勿躁", "回来", "断", "旋律", "握着", "安静", "结束通话", "离开", "听筒",
                  "保留", "没声音", "端着", "放下", "线路", "电话", "别放", "拿着", "小曲", "撂", "多待", "保持",
                  "走开", "接回", "不挂", "通话", "一阵", "暂停", "挂机", "掉线", "座位", "一分钟", "话筒", "去去就",
                  "很快", "内线", "接到", "持机", "拿稳", "中断", "听不到", "守在", "转入", "恢复", "座席", "请示", "维持",
                  "两分钟", "半分钟", "请勿", "尽快", "不会太久", "不会长", "这就", "核实", "呼", "叫醒", "问问", "机子",
                  "打给", "不要", "留在", "别挂", "左右", "进系统", "翻原件", "确认排期", "请教", "走过去", "那头",
                  "一两分钟", "一页一页", "听着", "持线", "调取", "翻一翻", "报给后台", "查阅", "答复"]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic).  Two are hard
# negatives: a look-alike of a hold announcement (the answer is in the notes at hand; no hold
# follows) and a look-alike of a closing (a thank-you in mid-call, then on to the next matter).
HO_ACK_AGENT = ["是啊，这种情况我们这边经常遇到，我按流程给您处理。", "好啊，那就按您选的这个方案登记。",
                "是啊，这条规定写得比较绕，我换个说法给您讲。",
                "您问的这条我手边的资料里正好有，不用让您等，我直接念给您。",
                "谢谢您提醒，这一点很重要，我们接着看下一个问题。"]
HO_ACK_CUST = ["好的好的。", "行，明白了。", "嗯，懂了。", "哦，原来是这样。", "可以。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["嗯。", "明白。", "好的。", "是的。", "收到。", "了解。"]
HO_CUST_BC = ["嗯。", "哦。", "是。", "对对。", "好。", "行。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "壁炉一点火，屋里全是烟。", "烟往回灌是您自己窗户开错了，跟清扫没关系。", "您自己窗户开错了"),
    ("blame_customer", "狗洗完澡回家身上起了红疹。", "您家狗平时就没养好，皮肤差怪不到美容师头上。", "怪不到美容师头上"),
    ("blame_customer", "假发戴了一个月就打结了。", "打结是您不会打理，梳子都用得不对。", "是您不会打理"),
    ("refuse_responsibility", "擦窗的时候把我家窗台的花盆碰掉了。", "高空作业是施工队干的，您去找施工队，我们这边不清楚。", "您去找施工队"),
    ("refuse_responsibility", "潜水课上教练没检查我的气瓶。", "教练是外聘的，出了问题您找他本人，我们不负这个责。", "我们不负这个责"),
    ("refuse_responsibility", "修好的皮鞋鞋底又开胶了。", "开胶算材料问题，不在我们保修里头，您自己想辙。", "您自己想辙"),
    ("do_it_yourself", "观星活动要带些什么？", "须知公众号推过三回了，您往前翻翻就有。", "您往前翻翻就有"),
    ("do_it_yourself", "假发怎么清洗？", "洗护卡片就塞在盒子里，照着做就行，这种不用来问我。", "这种不用来问我"),
    ("do_it_yourself", "语言交换是怎么配对的？", "配对规则网站首页挂着，自己点进去看，我就不念了。", "我就不念了"),
    ("take_or_leave", "擦窗能不能改到周末？", "周末不排班，要么工作日，要么您找别人擦。", "要么您找别人擦"),
    ("take_or_leave", "狗狗美容能不能只剪个指甲？", "单剪指甲不接，要做就做全套，不做就算了吧。", "要做就做全套"),
    ("take_or_leave", "观星的票能退吗？", "票出了就是出了，想退门都没有。", "想退门都没有"),
    ("impatience", "我再确认一下，清扫师傅是几点到？", "几点到刚才说过了，您能别再问了吗，后面还有人排着。", "您能别再问了吗"),
    ("impatience", "语言交换的活动是每周几来着？", "我都讲两遍了，您用点心听好不好。", "您用点心听好不好"),
    ("impatience", "潜水证要考几次才能拿到？", "这个我没法一直陪您聊，赶紧说下一个。", "赶紧说下一个"),
    ("sarcasm", "潜水课能不能不下水，就在岸上学？", "不下水学潜水，那您在家看视频不就完事了。", "在家看视频不就完事了"),
    ("sarcasm", "擦窗能不能保证一点水印都没有？", "一点水印都没有，那得请天上的神仙来擦。", "请天上的神仙来擦"),
    ("sarcasm", "假发能不能跟真头发一模一样，还要便宜？", "又要一模一样又要便宜，您干脆自己长吧。", "您干脆自己长吧"),
    ("talking_down", "望远镜的倍数是不是越大越好？", "这种基本的东西都不知道，还来报名观星。", "还来报名观星"),
    ("talking_down", "语言交换是不是要交学费？", "交换交换，字面意思都看不明白吗。", "字面意思都看不明白"),
    ("talking_down", "烟囱为什么每年都要扫？", "跟您讲了您也听不明白，照做就是了。", "讲了您也听不明白"),
]
HO_FORBIDDEN_REACT = ["你们这到底是哪家公司在接电话？", "你这话我要反映给你们总部。", "外包的就能这么说话吗？",
                      "请你把工号再报一遍，我记一下。"]
# Agent hard negatives: taboo-ish words in acceptable service language; five answer the yes-no
# question with 嗯对 / 嗯嗯 (look-alikes are reached far more surely than small talk).
HO_LOOKALIKES = [
    ("blame_customer", "烟往回灌是不是因为我开窗的方式不对？", "嗯对，有一部分原因，开窗的位置有讲究，师傅上门时给您演示，清扫我们也再检查一遍。"),
    ("blame_customer", "狗起红疹是不是它皮肤本来就敏感？", "有这个可能，我们先安排免费复诊，查清原因再说，不管哪边的原因都给您一个交代。"),
    ("refuse_responsibility", "花盆碰掉了你们管吗？", "嗯嗯，管，施工是我们安排的，损失按实际价格赔付。"),
    ("refuse_responsibility", "潜水教练是你们自己的人吗？", "教练是外聘的，不过课程是我们开的，出了问题由我们先处理。"),
    ("do_it_yourself", "洗护卡片在盒子里，我照着做就行吗？", "嗯对，照着卡片做就可以，哪一步拿不准随时打过来，我陪您一步一步来。"),
    ("do_it_yourself", "配对规则网站上有吗？", "有，我现在也可以把规则简单给您讲一遍。"),
    ("take_or_leave", "美容是不是只能做全套？", "嗯嗯，套餐是全套的，不过单剪指甲也能做，价格另算。"),
    ("take_or_leave", "观星的票出了还能退吗？", "活动前两天可以全额退，过了时间可以改到下一期。"),
    ("impatience", "我多问几遍没关系吧？", "嗯嗯，没关系，您多问几遍我都认真答。"),
    ("impatience", "你那边后面是不是还有很多人在排队？", "排队的有同事在接，您不用着急，您的事办完再说。"),
    ("sarcasm", "不下水在岸上学潜水，是不是不太现实？", "确实不太现实，不过第一节课是在岸上学理论的。"),
    ("talking_down", "倍数这个说法我真的不太懂，能解释解释吗？", "好啊，倍数就是把远处的东西放大多少倍，看月亮八十倍就够清楚了。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("你们是不是外包的？什么都不懂。", "我们是受委托的服务中心，您的问题我一样能办，办不了的我负责转给专人跟进。"),
    ("念稿子谁不会，我要听人话。", "理解您的感受，我用自己的话给您讲清楚。"),
    ("你再这么磨蹭我就投诉你。", "请您放心，我按最快的流程给您处理。"),
    ("你们这线路吱吱啦啦的，是不是故意的？", "杂音的情况我记下了，会反馈给技术部门，您说的内容我都听清了。"),
    ("你们这些人根本就不专业。", "您的批评我们接受，这件事我一条一条给您核实清楚。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我家那个壁炉是去年冬天才砌的，刚开始烧得挺好，最近一个礼拜一点火屋里就全是烟，窗户开着都呛人，孩子晚上都咳嗽了。",
    "我家住在二十六楼，上个月你们的人来擦外窗，擦完第二天下雨，玻璃上全是一道一道的水印，比没擦的时候还难看。",
    "我报的是周三晚上的中英交换小组，可是去了两次都没有人跟我配对，我一个人坐在那儿挺尴尬的，也不知道该找谁。",
    "我们家狗是一只老泰迪，十二岁了，上次来你们店里剪毛，回来以后一直躲在床底下不出来，饭也不怎么吃。",
]
# long enough (12 字) that even the fastest agent of this set talks over the caller for >= 1.5 s
HO_INTERRUPT_AGENT = [
    "有烟倒灌的话您先别再点火了，我这边给您安排师傅上门。",
    "水印的问题我们负责返工，我先给您登记一次免费复擦。",
    "没有配对是我们的疏忽，我这边马上给您指定一位语伴。",
    "老年犬受了惊吓要先观察，我先帮您约店长给您回个话。",
]
HO_EARLY_AGENT = [
    "烟囱清扫的流程按规定是这样的，师傅上门先检查炉膛和烟道，再铺好防尘布，用专用刷子从上往下清理，清完用摄像头看一遍烟道内壁，最后给您出一份检查报告，整个过程大约两个小时。",
    "潜水课程的安排我按手册给您说明，第一天在教室学理论，第二天在泳池练习基本动作，第三天和第四天到开放水域下潜四次，考核通过以后发放初级潜水员证书，全程有教练陪同。",
    "观星活动的流程是这样的，当天晚上七点在山顶停车场集合，工作人员先讲安全事项，然后分组使用望远镜，讲解员介绍当季的星座，活动到十点结束，遇上阴天会提前通知改期。",
]
# callers cut in with these: long enough to keep >= 1.5 s of talking over the agent
HO_EARLY_CUST = ["不好意思打断一下，我就想知道要多久。", "等等，您说慢一点，我这边线路有杂音。",
                 "抱歉插一句，这些网上我都看过了。"]
HO_AFTER_INTERRUPT_CUST = ["麻烦您让我先说完。", "我话还没说完呢。", "行吧，您先说。"]
HO_AFTER_EARLY_AGENT = ["好的，按您的来，请讲。", "抱歉抢了话，您先说。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics)
HO_GENERIC_QA = [
    ("你们是总部的客服吗？", "我们是总部委托的合作客服中心，业务都可以办理。"),
    ("能开电子发票吗？", "嗯对，可以开，服务完成后发到您的邮箱。"),
    ("周末有人上班吗？", "嗯嗯，周末也有值班，节假日另行通知。"),
    ("可以用支付宝付款吗？", "支付宝、微信和银行卡都可以。"),
    ("你们的门店在哪里？", "在滨江路一百零八号，地铁三号线下来走五分钟。"),
    ("能提前预约吗？", "可以，最早可以约到两周以后。"),
    ("取消预约要收费吗？", "提前一天取消不收费，当天取消收一半。"),
    ("有会员卡吗？", "有，办了会员卡每次服务打八八折。"),
    ("你们刚才说的我没太听清，能再讲一遍吗？", "好的，我放慢一点再给您讲一遍。"),
    ("有没有学生优惠？", "持学生证可以优惠二十元。"),
    ("能不能加急？", "可以加急，加急费另收五十元。"),
    ("这个服务有保修吗？", "服务完成后三十天内免费保修。"),
    ("会有人提前联系我吗？", "上门前一天会有短信通知，当天再打一次电话。"),
    ("我能指定某位师傅吗？", "可以指定，不过要看师傅那天的排班。"),
    ("你们的价格会变吗？", "今年的价格已经定了，年底前不会调整。"),
    ("能带朋友一起来吗？", "欢迎，朋友一起报名还有小礼品。"),
]
# Customers' long turns: polite but confused callers, some on a crackling line.
HO_CUST_DETAIL = ["我先说一下，我是第一次打这个电话，也不太清楚找谁合适。",
                  "刚才打了一个号码，说转到你们这边来了，我也搞不清你们是哪个部门。",
                  "不好意思，我这边信号不太好，电话里沙沙的，您听得清吧。",
                  "我上网查了一下，写的跟您这边说的好像不太一样，所以想问清楚。",
                  "我朋友之前在你们这儿办过，她让我直接打电话问。",
                  "我普通话说得不太标准，您要是没听懂就跟我说。"]
HO_CUST_SEARCH = ["您稍等，我找一下短信。", "我翻翻手机里的记录。"]
HO_CUST_FILLER_OPEN = ["嗯，", "呃，", "啊，", "呃，那个，", "嗯，就是，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["刚才线路有杂音没听清，请您再报一次手机号码。"],
    "name": ["刚才线路有杂音没听清，请您再报一次名字。"],
    "id": ["刚才线路有杂音没听清，请您再报一次身份证后六位。"],
    "account": ["刚才线路有杂音没听清，请您再报一次{acct_label}。"],
    "address": ["刚才线路有杂音没听清，请您再报一次地址。"],
}
HO_SLOT_ANSWER = {
    "phone": "{phone_zh}。", "name": "{name}。", "id": "{id6_zh}。",
    "account": "{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["刚才已经说过了，", "", "那我再说一次，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["跟您复核一遍，手机{phone_zh}，是否正确？"],
    "name": ["跟您复核一遍，{name}，是否正确？"],
    "id": ["跟您复核一遍，身份证尾号{id6_zh}，是否正确？"],
    "account": ["跟您复核一遍，{acct_label}{acct_zh}，是否正确？"],
    "address": ["跟您复核一遍，{address}，是否正确？"],
}
HO_READBACK_CUST = ["正确。", "对，没错。", "嗯，是的。", "对的对的。"]
HO_NEW_ASK = {
    "phone": ("上门前能先打电话通知我吗？", "嗯嗯，可以，请您提供一个联系电话号码。", "{phone_zh}。", "好的，号码已备注在工单上。"),
    "name": ("能写我爱人的名字吗？", "可以，请告知您爱人的全名。", "{name}。", "好的，已更改。"),
    "address": ("能寄到我单位吗？", "嗯对，可以寄，请提供单位的地址。", "{address}。", "好的，寄送地址已更新。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]),
                    ("account", ["卡号", "账号", "编号", "单号"]),
                    ("name", ["姓名", "名字", "全名", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["再报一次", "请提供", "请告知", "是多少", "报一下", "请您提供"]


# the slot an agent line asks for, or None (read-backs 「跟您复核一遍…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("跟您复核一遍",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so most
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).
HO_DOMAINS = {
    "chimney": {
        "companies": [("暖炉人烟囱壁炉清扫服务部", "暖炉人烟囱壁炉清扫服务部")],
        "acct_label": "烟囱清扫工单号",
        "verify": [("请您提供一下烟囱清扫工单号。", "{acct_zh}。", ["account"]),
                   ("预约人的名字和地址是？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["壁炉一点火屋里就倒烟。", "烟囱好几年没扫了，想约个时间。"],
             "result": ["给您安排上门清扫加检查，{doctor}师傅{due}上门。"],
             "qa": [("清扫的时候屋里会弄脏吗？", "嗯嗯，不会，师傅会先铺防尘布，走之前再吸一遍尘。")]},
            {"open": ["想在烟囱顶上加个防雨帽。"],
             "result": ["防雨帽有现货，{doctor}师傅{due}带上去给您装。"],
             "qa": [("装防雨帽需要上屋顶吗？", "嗯对，需要上屋顶，师傅有安全绳，您不用准备什么。")]},
        ],
    },
    "facadeclean": {
        "companies": [("晶亮高层外窗清洗公司", "晶亮高层外窗清洗公司")],
        "acct_label": "外窗清洗合同编号",
        "verify": [("请报一下外窗清洗合同编号。", "{acct_zh}。", ["account"]),
                   ("联系人的名字和手机号码是？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["擦完外窗第二天玻璃上全是水印。", "上回擦窗有几扇没擦到。"],
             "result": ["给您登记一次免费返工，{doctor}领班{due}带队过去。"],
             "qa": [("返工要不要另外收钱？", "嗯嗯，不收，返工都是免费的。")]},
            {"open": ["我们小区想整栋楼一起洗外窗。"],
             "result": ["整栋楼的可以出方案，{doctor}经理{due}前到现场量一下。"],
             "qa": [("下雨天能施工吗？", "嗯对，下雨和大风都不施工，会顺延。")]},
        ],
    },
    "langexchange": {
        "companies": [("言语桥语言交换俱乐部", "言语桥语言交换俱乐部")],
        "acct_label": "俱乐部会员编号",
        "verify": [("您的俱乐部会员编号是多少？", "{acct_zh}。", ["account"]),
                   ("会员的名字和手机号码是？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["去了两次活动都没人跟我配对。", "想换一个语伴。"],
             "result": ["给您重新指定语伴，{doctor}老师{due}前把对方的联系方式发给您。"],
             "qa": [("可以找母语是英语的语伴吗？", "嗯嗯，可以，我们有好几位英语母语的会员在等配对。")]},
            {"open": ["想加一个日语角的活动。"],
             "result": ["日语角每周六下午有，{doctor}老师{due}前把报名链接发您。"],
             "qa": [("零基础能去日语角吗？", "嗯对，能去，有专门的入门小组。")]},
        ],
    },
    "grooming": {
        "companies": [("毛球宠物美容沙龙", "毛球宠物美容沙龙")],
        "acct_label": "宠物美容预约单号",
        "verify": [("您的宠物美容预约单号是多少？", "{acct_zh}。", ["account"]),
                   ("主人的名字和手机号码是？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["狗洗完澡身上起了红疹。", "剪完毛回来狗一直躲着不出来。"],
             "result": ["先安排免费复诊，{doctor}店长{due}给您回电说明情况。"],
             "qa": [("复诊要带什么吗？", "嗯嗯，带上上次的美容单就行，别的不用带。")]},
            {"open": ["想给狗约个夏天的剃毛。"],
             "result": ["这周六上午有空位，{doctor}美容师{due}给您家狗狗做。"],
             "qa": [("剃毛会不会晒伤？", "嗯对，会有一点风险，我们会留一层短毛，出门注意防晒。")]},
        ],
    },
    "scuba": {
        "companies": [("蓝渊潜水培训中心", "蓝渊潜水培训中心")],
        "acct_label": "潜水学员编号",
        "verify": [("您的潜水学员编号是多少？", "{acct_zh}。", ["account"]),
                   ("学员的名字和身份证后六位是？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["上次下潜的时候耳朵疼得厉害。", "想把开放水域那两天往后改。"],
             "result": ["给您改到下个月，{doctor}教练{due}前先跟您讲一下耳压平衡。"],
             "qa": [("耳朵疼还能继续学吗？", "嗯嗯，能，学会平衡耳压就好了，严重的话先去看医生。")]},
            {"open": ["想报个进阶的潜水课程。"],
             "result": ["进阶班下个月开课，{doctor}教练{due}前把课程表发给您。"],
             "qa": [("进阶课要自己买装备吗？", "嗯对，面镜和脚蹼建议自己买，气瓶中心提供。")]},
        ],
    },
    "shoerepair": {
        "companies": [("老匠修鞋皮具护理店", "老匠修鞋皮具护理店")],
        "acct_label": "修鞋取件单号",
        "verify": [("您的修鞋取件单号是多少？", "{acct_zh}。", ["account"]),
                   ("取件人的名字和手机号码是？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["修好的皮鞋鞋底又开胶了。", "换的鞋跟走两步就咯吱响。"],
             "result": ["免费给您重新处理，{doctor}师傅{due}前修好通知您来取。"],
             "qa": [("这次能修结实一点吗？", "嗯嗯，能，这次用缝线加胶双重固定。")]},
            {"open": ["有个皮包想做一下护理翻新。"],
             "result": ["皮包护理大概一周，{doctor}师傅{due}前给您报个价。"],
             "qa": [("翻新以后颜色会变吗？", "嗯对，会稍微深一点，做之前先给您看色卡。")]},
        ],
    },
    "observatory": {
        "companies": [("星野天文台观星活动中心", "星野天文台观星活动中心")],
        "acct_label": "观星活动报名编号",
        "verify": [("您的观星活动报名编号是多少？", "{acct_zh}。", ["account"]),
                   ("报名人的名字和手机号码是？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["报名的那天晚上天气预报说是阴天。", "想把观星活动改到下一期。"],
             "result": ["给您改到下一期，{doctor}讲解员{due}前把新的集合时间发给您。"],
             "qa": [("改期要另外交钱吗？", "嗯嗯，不用，天气原因改期都是免费的。")]},
            {"open": ["想带孩子参加流星雨那一场。"],
             "result": ["流星雨那场还有名额，{doctor}讲解员{due}前把注意事项发给您。"],
             "qa": [("小孩子晚上在山上会冷吗？", "嗯对，山顶比市区低七八度，要带厚外套。")]},
        ],
    },
    "wig": {
        "companies": [("青丝假发定制工作室", "青丝假发定制工作室")],
        "acct_label": "假发定制订单号",
        "verify": [("您的假发定制订单号是多少？", "{acct_zh}。", ["account"]),
                   ("订购人的名字和地址是？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["假发戴了一个月就开始打结。", "定制的假发尺寸有点紧。"],
             "result": ["给您免费调整一次，{doctor}发型师{due}前跟您约时间。"],
             "qa": [("调整要多长时间？", "嗯嗯，大概一个小时，当场就能戴走。")]},
            {"open": ["家里老人化疗以后想定一顶假发。"],
             "result": ["这种情况可以上门量头围，{doctor}发型师{due}上门。"],
             "qa": [("戴着会不会闷？", "嗯对，夏天会有一点，我们用透气的网底。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["赖", "茹", "沐", "言", "全", "况", "弘", "芦", "庹", "冒", "索", "钦", "寿", "强", "伦", "植"]
DOCTORS = SURNAMES           # the sweep, the foreman, the groomer, the instructor ... by surname
NAMES = ["赖文斌", "茹雅琴", "沐晓峰", "言俊杰", "全慧敏", "况志刚", "弘丽娟", "芦海涛", "庹春燕", "冒立新",
         "索玉梅", "钦国庆"]
AREAS = ["观澜苑", "星河湾", "锦绣新城", "翠湖花园", "临江公馆", "金桂里"]
CITIES = ["湖州", "台州", "宜昌", "柳州", "岳阳", "鞍山", "潍坊", "保定"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["还有一件事，我上周付的那笔预约费你们收到了吗？", "对了，我之前申请的退款到了没有？"]
HOLD2_AGENT = "款项查到了，上周三已经到账，电子收据会发到您的手机上。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
