# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind38`` (dev only): the thirty-eighth blind evaluation set for issue 11.

Written by a thirty-eighth writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette),
without reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py and
blind10_text.py to blind37_text.py.  Eight centres none of them had, all answered by one city's shared
service line: a pet hospital (宠物医院), a driving school (驾校), a wedding photo studio (婚纱影楼), a
home-moving company (搬家公司), a piano-tuning service (钢琴调音), a rooftop-solar installer (屋顶光伏),
a community library (社区图书馆) and a bicycle-sharing depot (共享单车停车点).
"The Monday-morning city services line": the queue is long after the weekend; a busy open office with
other agents faintly talking behind the agent; quick, businesslike agents; callers irritated by the
wait who speak fast, complain first and sometimes talk over the agent.  The agent checks a schedule
while the caller holds.
Other 工号 forms (周一早班, 市民服务线, 受理台, 坐席编码, 工牌, 受理员, a number with 号位), offers of help,
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

HO_DOMAINS_LIST = ["animalclinic", "drivingschool", "weddingphoto", "homemoving", "pianotuning", "rooftopsolar",
                   "communitylibrary", "bikedepot"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说", "那么"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number in a form no earlier writer used, an offer of help; all fit any centre.
HO_GREETINGS = [
    "您好，{hotline}周一早班受理员{agent_zh}号，让您排队了，您的事情直接说，我马上办。",
    "{tod}，{hotline}市民服务线，坐席编码{agent_zh}，请把要办的事告诉我。",
    "您好，{hotline}受理台{agent_zh}号位，今天线上人多，我尽量快点帮您理清楚。",
    "{tod}，这里是{hotline}，工牌{agent_zh}，姓{agent_surname}，您是查进度还是新约？",
    "您好，{hotline}，{agent_zh}号受理员在线，请问是哪一项需要我跟进？",
    "您好，{hotline}城市服务专线，我的编码是{agent_zh}，您先说结果要什么，我倒着给您排。",
    "{tod}，{hotline}综合受理{agent_zh}号，周末积下来的单子我都能查，您讲。",
    "您好，{hotline}值守坐席{agent_zh}，请讲，您这一通我从头跟到尾。",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["嗯哼，讲。", "等半天了吧，说。", "喂喂，快讲，后面还排着呢。", "什么事，简单说。",
                    "轮到你了，说。", "听得见，直接讲事。"]

# ---- closings
HO_CLOSING_ASK = ["这件之外，还有没有别的单子要我一起查？", "趁我这边系统开着，您还有要改的吗？",
                  "别的项目还需要我顺带跟进吗？", "您手上还有没问完的事情吗？"]
HO_CLOSING_CUST = ["没别的了，快点办就行。", "就这一件，别再拖了。", "暂时没了，就先这么着。", "行，清楚了。", "不用了，只这一件事。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; one without 再见.
HO_CLOSING_BYE = {
    None: ["单子我已经推给经办人了，谢谢您排了这么久的队，再见。",
           "谢谢您周一一早就打进来，处理结果会发到您手机，再见。",
           "感谢您把情况讲得这么利索，祝您这一周顺顺利利。",
           "今天的受理编号已经生成，谢谢您的来电，再见。",
           "感谢您忍着排队把事说完，祝您今天事事顺手，再见。"],
    "animalclinic": ["谢谢您信任我们宠物医院，祝您家的小家伙早点好起来，再见。"],
    "drivingschool": ["感谢您报我们驾校，祝您科目考试一把过，再见。"],
    "weddingphoto": ["谢谢您选我们影楼拍婚纱照，祝二位新婚快乐，再见。"],
    "homemoving": ["感谢您找我们搬家，祝您乔迁顺利，再见。"],
    "pianotuning": ["谢谢您约我们调琴，祝您家的琴音准一直稳稳的，再见。"],
    "rooftopsolar": ["感谢您装我们的屋顶光伏，祝您家电表天天往回转，再见。"],
    "communitylibrary": ["谢谢您常来社区图书馆，祝您读书愉快，再见。"],
    "bikedepot": ["感谢您骑我们的共享单车，祝您一路骑得顺畅，再见。"],
}
HO_CLOSING_CUST_BYE = ["好，赶紧办。", "行吧，拜了。", "就这样，挂了啊。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["单子建好了，等通知。", "好，这单结了，下一通。", "录进去了，就这样。", "没事我先结了。",
                   "处理中，别催了。", "行，办完了。"]
HO_BAD_CLOSING_CUST = ["喂？就完了？", "等会儿，我问题还没问完。", "人呢？怎么没声了？", "这就结束了？"]

# ---- holds: announcements in other words (the agent checks a schedule); thanks on return in other
# words; returns without thanks; none promises music, and all fit any centre.
HO_HOLD_ANNOUNCE = ["我调一下这周的排期表，请您稍等，电话别挂。",
                    "排班系统我得切过去看，麻烦您稍候一会儿，不要挂断。",
                    "我把本周的预约日程拉出来对一下，请您先稍等。",
                    "这个要看师傅的派工表，请您保持通话，我看完就回。",
                    "我查一下周末积压的单子排到哪天了，您稍等，先别挂。",
                    "我去日程表里找空档，请稍候，线别断。",
                    "预约表在另一个系统里，请您等一等，我这就看。"]
ANNOUNCE_RE = "别挂|稍等|稍候|不要挂|保持通话|等一等|线别断"
HO_HOLD_THANKS = ["谢谢您在线上排了两回队，排期表看好了。", "让您又多等了一段，派工表上的空档找到了。",
                  "谢谢您没挂，积压的单子排到哪天我查清了。", "感谢您周一早上这么耐着性子，日程对好了。",
                  "多谢您撑着等，预约表我这边核完了。", "久等了，谢谢，师傅的时间排出来了。"]
HO_THANKS_WORDS = ["谢谢", "感谢", "多谢", "久等", "久候", "麻烦您", "辛苦", "抱歉", "不好意思", "劳驾", "有劳", "难为",
                   "让您等", "耽搁", "劳烦", "过意不去", "干等", "空等", "对不住", "对不起", "耐心", "多亏", "劳您",
                   "耽误", "占用", "耐着性子", "谢了", "谢啦", "候着", "等了", "承蒙", "费心", "烦请", "恳请", "没挂",
                   "等着", "等候", "辛劳", "包涵", "见谅", "体谅", "着急", "守着", "没走开", "等我", "陪着", "费神",
                   "受累", "持线", "等待", "烦劳", "万分", "敬请", "静候", "恭候", "劳您久", "熬着", "陪我等", "担待",
                   "歉意", "失礼", "打扰", "添麻烦", "等这一阵", "多等", "等久", "理解", "等这一会儿", "等我这么",
                   "拿着听筒", "排队", "排了", "这么久", "候着您", "等消息", "陪我等网络", "拿着电话", "跑这一趟",
                   "这半天", "这么一会儿", "吵闹", "多担待",
                   "没放电话", "好一阵", "这么些时候", "这通电话", "在线上陪",
                   "排了两回队", "多等了一段", "撑着等", "久等了"]
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
                  "排期表", "派工表", "日程", "切过去", "拉出来", "找空档", "线别断", "预约表"]
HO_RESUME_NO_THANKS = ["周三下午三点那个号还空着，您的狗可以排在那一档。", "教练周四上午有两个学时能给您补上。",
                       "外景那天改到下个月第二个周六了，摄影师也对上了。", "搬家车周五一早八点能到您楼下。",
                       "调音师傅礼拜四下午两点到四点有空。"]
HO_UNANNOUNCED_PRE = ["我对照本周的派单记录。", "我对照您那一单的进度记录。", "我翻这几天的空位。", None, None]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic).  Two are hard
# negatives: a look-alike of a hold announcement (the schedule is already open, no hold follows)
# and a look-alike of a closing (thanks and good wishes in mid-call, then on to the next matter).
HO_ACK_AGENT = ["是啊，周一上午电话最挤，周末的单子都压到今天了。", "好啊，那就按您说的最早那个时间排。",
                "是啊，这种情况按规定可以全额退，我直接给您走流程。",
                "排期表我手边就开着，不用您再等，咱们现在就敲定时间。",
                "谢谢您把单号提前备好了，祝您今天办事都这么顺，我们接着说费用那一块。"]
HO_ACK_CUST = ["嗯，那赶紧的。", "呃，那行吧，凑合。", "啊，这还差不多。", "好好好，往下讲。", "哦，早这么说不就完了。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["嗯。", "有数。", "接到。", "嗯好。", "明了。", "照办。"]
HO_CUST_BC = ["嗯。", "赶紧。", "快点。", "接着。", "往下。", "嗯对。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "我家猫做完绝育伤口裂开了。", "回家让它乱蹦乱跳，伤口裂了那是主人看管不力。", "主人看管不力"),
    ("blame_customer", "搬家的时候我的餐桌腿断了。", "桌子本来就不结实，您也没提前说要加固。", "您也没提前说要加固"),
    ("blame_customer", "单车骑到一半链条掉了，我摔了一下。", "车子出门前都检过，多半是您骑得太野。", "多半是您骑得太野"),
    ("refuse_responsibility", "屋顶装完光伏，楼下天花板渗水了。", "漏水归物业管，跟装板子的扯不上关系。", "跟装板子的扯不上关系"),
    ("refuse_responsibility", "婚纱照底片被你们弄丢了一半。", "底片是外包的机房存的，丢了找不到我们头上。", "找不到我们头上"),
    ("refuse_responsibility", "驾校教练一直没给我约上车。", "约车是教练自己排的，我们前台管不着他。", "我们前台管不着他"),
    ("do_it_yourself", "图书馆周一几点开门？", "开门时间贴在大门玻璃上，您路过自己瞄一眼。", "路过自己瞄一眼"),
    ("do_it_yourself", "调音要提前多久约？", "预约须知小程序里写得清清楚楚，您自己点进去翻。", "您自己点进去翻"),
    ("do_it_yourself", "单车的押金怎么退？", "退押金的按钮就在个人中心，自己去戳。", "自己去戳"),
    ("take_or_leave", "搬家能不能改到周六？", "周六早排满了，不行您找别家搬。", "不行您找别家搬"),
    ("take_or_leave", "婚纱照能不能多修几张？", "套餐就修二十张，多一张都没有，不满意别拍。", "不满意别拍"),
    ("take_or_leave", "光伏板能不能换个颜色深点的？", "就这一款，您要挑三拣四就别装了。", "挑三拣四就别装了"),
    ("impatience", "宠物住院一天多少钱？", "价目表刚报过一轮，您这是左耳朵进右耳朵出。", "左耳朵进右耳朵出"),
    ("impatience", "科目二能不能加练？", "说重点，别绕，我这儿没工夫陪您一个个聊。", "没工夫陪您一个个聊"),
    ("impatience", "借书证丢了怎么补？", "一个问题别翻来覆去地磨，我不是复读机。", "别翻来覆去地磨"),
    ("sarcasm", "调完音能保证一年不跑吗？", "一年不跑？您家琴是铁打的还是金子做的。", "琴是铁打的"),
    ("sarcasm", "狗打完针能不能不疼？", "不疼？要不给它打之前先请个按摩师。", "先请个按摩师"),
    ("sarcasm", "光伏能保证天天发电吗？", "天天发电？那您去找太阳签个合同。", "找太阳签个合同"),
    ("talking_down", "驾校的科目一是考啥的？", "报名的时候没看吗，这种常识还要人教。", "这种常识还要人教"),
    ("talking_down", "图书馆能借电子书吗？", "连这都不会查，现在的人手机都白拿了。", "手机都白拿了"),
    ("talking_down", "钢琴多久调一次音？", "弹琴的连这个都不知道，琴买来当摆设吧。", "琴买来当摆设"),
]
HO_FORBIDDEN_REACT = ["我排了四十分钟就听你这话？", "你这什么服务态度，报工号。", "这话你敢跟你们主管说吗？",
                      "行，我记住你了，等着被投诉吧。"]
# Agent hard negatives: taboo-ish words in acceptable service language; six answer the yes-no
# question with 嗯对 / 嗯嗯.
HO_LOOKALIKES = [
    ("blame_customer", "猫伤口裂开是不是我没看好？", "嗯嗯，术后确实要看着，但我们出院时没把注意事项讲透，复诊免费。"),
    ("blame_customer", "桌腿断了是不是我没说要包？", "不是您的问题，打包本来就是我们该做的，按价赔您。"),
    ("blame_customer", "摔了是不是算我自己骑得不对？", "嗯对，您是骑得快了点，可链条松了是车的问题，医药费我们报。"),
    ("refuse_responsibility", "漏水是不是得找物业？", "嗯嗯，物业也要通知，不过打孔是我们装的，先派人来查。"),
    ("refuse_responsibility", "底片丢了是不是就没办法了？", "有办法，机房有一份备份，先把能找回来的都给您找回来。"),
    ("do_it_yourself", "开门时间网上能查吗？", "嗯对，能查，我直接告诉您，周一上午九点半开。"),
    ("do_it_yourself", "押金是不是要自己在手机上退？", "可以自己退，您要是不方便，我这边直接帮您发起。"),
    ("take_or_leave", "周六是不是真没车了？", "嗯对，周六满了，周日上午还有一辆，我先帮您占住。"),
    ("take_or_leave", "多修几张是不是得加钱？", "加钱也不多，每张三十，您挑好我让修图师先做。"),
    ("impatience", "我问得太多了，你不烦吧？", "嗯嗯，不烦，问清楚了省得您再打一遍。"),
    ("impatience", "你们是不是忙得顾不上我？", "今天是忙，可您这一单我盯着，不会漏。"),
    ("sarcasm", "调完真的能保一年吗？", "保不了一年，半年内跑音上门免费再调一次。"),
    ("talking_down", "我第一次养狗，很多不懂。", "好啊，不懂就问，头一回养谁都这样。"),
    ("talking_down", "科目一和科目四不是一回事吧？", "嗯对，不是一回事，一个考交规，一个考安全文明驾驶。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("排了快一个钟头，你们是不是都在摸鱼？", "让您等这么久是我们的问题，您的事我现在就办。"),
    ("你们这破热线打十次通一次。", "周一线路确实挤，这次接通了我一次给您办完。"),
    ("说了多少遍了，你们就是不长记性。", "抱歉让您重复了，我这次全记在单子上，后面的人都能看到。"),
    ("再推来推去我就找市长热线。", "您别急，这件事我不推，我直接给您出结果。"),
    ("你们就会说抱歉，有什么用。", "光说没用，我先把退款申请提交了，编号马上发给您。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我上周五把狗送到你们医院做体检，说好下午就能接，结果我下午五点过去，前台说医生还没看完，让我再等，我一直等到八点多，狗在笼子里叫了一晚上，今天一早还拉肚子了。",
    "我周六约的搬家，说好八点到，车十点半才来，来了两个人还说东西太多要加钱，我那天还得赶着交房，最后房东在门口催了我一个多小时，你们这叫什么服务。",
    "我在你们驾校报名三个月了，科目二约了四次车一次都没约上，每次打电话都说下周，下周又说满了，我请假请得单位都不高兴了，到底还能不能学。",
    "你们给我装的屋顶光伏，上个月到现在电表一度都没往回走，我打了三回电话，都说派人来看，结果谁也没来，周末下雨我还发现屋顶往下滴水。",
]
# long enough (12 字) that even the fastest agent of this set talks over the caller for >= 1.5 s
HO_INTERRUPT_AGENT = [
    "狗肚子不舒服的复诊和这次体检费，我今天一起给您免掉。",
    "迟到加收的钱是不合规的，这笔我今天就给您原路退回去。",
    "约车的事我直接找教练组长，今天下午就给您排出两次课。",
    "发电和漏水的问题我今天派两个师傅上门，一起给您处理。",
]
HO_EARLY_AGENT = [
    "宠物医院这边是这样的，周一上午门诊最挤，体检的话建议约下午两点以后，来之前别喂食，带上疫苗本，打完针要在候诊区观察半小时，有任何不舒服直接找护士台。",
    "搬家的流程我跟您过一遍，先上门估价，再定车型和人数，当天师傅会带纸箱和缠绕膜，大件家具负责拆装，楼层没电梯的每层加一点费用，都在单子上写清楚。",
    "图书馆周一上午九点半开门，晚上八点关，借书证可以用身份证直接办，每人一次借十本，期限一个月，网上能续借一次，电子书用读者号登录就能看。",
]
# callers cut in with these: long enough to keep >= 1.5 s of talking over the agent
HO_EARLY_CUST = ["这些我都知道，你就告诉我今天能不能办。", "停一下，我就问一句多少钱。",
                 "你先别念流程了，我要的是具体时间。"]
HO_AFTER_INTERRUPT_CUST = ["你先让我把话说完行不行。", "我还没讲到重点呢。", "好，你说你说。"]
HO_AFTER_EARLY_AGENT = ["好，我直接回答您这一句。", "明白，我先说您最关心的。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics).
HO_GENERIC_QA = [
    ("今天能办完吗？", "嗯对，今天中午前就能出结果。"),
    ("要不要我再跑一趟？", "嗯嗯，不用跑，线上就能办完。"),
    ("费用大概多少？", "这一项一百二，没有别的隐藏收费。"),
    ("能不能先给我个受理号？", "受理号已经生成，我用短信发给您。"),
    ("你们周末为什么没人接？", "周末只留了一条值班线，今天起恢复全天受理。"),
    ("下周一还会这么难打吗？", "下周起早上会多开几个坐席，能快不少。"),
    ("能不能微信上联系？", "可以，公众号里点人工就能接着办。"),
    ("到底找谁负责？", "这一单由我们主管专门跟，名字我发给您。"),
    ("退钱几天到账？", "原路退回，一般三个工作日内到。"),
    ("改时间要收费吗？", "提前一天改不收费，当天改收一点手续费。"),
    ("这钱能开票报销吗？", "能开，电子发票办完就推到您邮箱。"),
    ("能不能约到傍晚？", "最晚约到晚上七点，再晚师傅就下班了。"),
    ("中午休息吗？", "中午不休，十二点到一点也有人接。"),
    ("有没有上门的服务？", "有，市区里上门不加钱。"),
    ("我要是来不及怎么办？", "提前打个电话，我们给您往后顺延。"),
    ("你刚才说是周几？", "周四，这周四下午。"),
]
HO_CUST_DETAIL = ["我排队等了半个多钟头了。", "周末打了好几回都没人接。",
                  "我上班时间紧，你说快点。", "这事已经拖一个礼拜了。",
                  "我是请了假专门打这个电话的。", "周五就该给我答复的。"]
HO_CUST_SEARCH = ["等下，单号在我邮箱里，我翻一下。", "我找找收据，拍在相册里了。"]
HO_CUST_FILLER_OPEN = ["呃，", "嗯，", "啊，", "呃，我看看啊，", "呃，怎么说呢，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["旁边同事说话声大，您的手机号麻烦再报一遍？"],
    "name": ["旁边同事说话声大，您的名字麻烦再报一遍？"],
    "id": ["旁边同事说话声大，身份证后六位麻烦再报一遍？"],
    "account": ["旁边同事说话声大，{acct_label}麻烦再报一遍？"],
    "address": ["旁边同事说话声大，您的地址麻烦再报一遍？"],
}
HO_SLOT_ANSWER = {
    "phone": "{phone_zh}。", "name": "{name}。", "id": "{id6_zh}。",
    "account": "{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["我重报一遍，", "", "听清楚了，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["我给您对一遍，手机{phone_zh}，是不是这个？"],
    "name": ["我给您对一遍，{name}，是不是这个？"],
    "id": ["我给您对一遍，身份证后六位{id6_zh}，是不是这个？"],
    "account": ["我给您对一遍，{acct_label}{acct_zh}，是不是这个？"],
    "address": ["我给您对一遍，{address}，是不是这个？"],
}
HO_READBACK_CUST = ["对，没错，快点。", "是，就这个。", "嗯，对的对的。", "没错，接着办。"]
HO_NEW_ASK = {
    "phone": ("结果能不能也通知我爱人？", "嗯对，能通知，您把您爱人的手机号码报给我。", "{phone_zh}。", "好的，处理结果两个号码都会收到。"),
    "name": ("单子能不能换成我同事的名字？", "能换，请讲一下您同事的全名。", "{name}。", "好的，单子上的联系人已经换过来了。"),
    "address": ("发票能不能寄到公司？", "嗯嗯，能寄，请把公司的地址报给我。", "{address}。", "好的，纸质发票三个工作日内寄出。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]),
                    ("account", ["卡号", "账号", "编号", "单号"]),
                    ("name", ["姓名", "名字", "全名", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["报给我", "再报一遍", "请讲一下", "是多少", "报一下", "念给我", "告诉我"]


# the slot an agent line asks for, or None (read-backs 「我给您对一遍…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("我给您对一遍",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so most
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).
HO_DOMAINS = {
    "animalclinic": {
        "companies": [("安心宠物医院", "安心宠物医院")],
        "acct_label": "宠物病历编号",
        "verify": [("请把宠物病历编号告诉我。", "{acct_zh}。", ["account"]),
                   ("主人的名字和手机号码各是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["狗体检等到晚上八点才接回来，今天还拉肚子。", "猫绝育的伤口裂开了。"],
             "result": ["复诊免费，{doctor}医生{due}前给您回电话安排。"],
             "qa": [("复诊要空腹吗？", "嗯嗯，要空腹，来之前四个小时别喂。")]},
            {"open": ["想给刚领养的小狗约一针疫苗。"],
             "result": ["疫苗能约，{doctor}医生{due}前把时间发您。"],
             "qa": [("能顺便驱虫吗？", "嗯对，能，驱虫和疫苗同一天做。")]},
        ],
    },
    "drivingschool": {
        "companies": [("城南顺达驾校", "城南顺达驾校")],
        "acct_label": "学员档案编号",
        "verify": [("请把学员档案编号告诉我。", "{acct_zh}。", ["account"]),
                   ("学员的名字和身份证后六位各是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["科目二约车约了四次都没约上。", "教练临时取消了我的课，也没通知。"],
             "result": ["补两次课，{doctor}组长{due}前把上课时间发您。"],
             "qa": [("补的课算学时吗？", "嗯嗯，算学时，系统里会记上。")]},
            {"open": ["想报一个周末班，问问还有没有名额。"],
             "result": ["周末班有名额，{doctor}组长{due}前给您发报名链接。"],
             "qa": [("能自己选教练吗？", "嗯对，能选，报名时填上就行。")]},
        ],
    },
    "weddingphoto": {
        "companies": [("时光里婚纱影楼", "时光里婚纱影楼")],
        "acct_label": "拍摄订单编号",
        "verify": [("请把拍摄订单编号告诉我。", "{acct_zh}。", ["account"]),
                   ("新人的名字和手机号码各是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["底片丢了一半，精修的图也没给全。", "外景那天摄影师迟到了两个小时。"],
             "result": ["补拍一组外景，{doctor}店长{due}前跟您约日子。"],
             "qa": [("补拍要另外交钱吗？", "嗯嗯，不用交，费用我们出。")]},
            {"open": ["想问问下个月的外景档期还有没有。"],
             "result": ["档期还有，{doctor}店长{due}前把可选日期发您。"],
             "qa": [("能带宠物一起拍吗？", "嗯对，能带，提前说一声就行。")]},
        ],
    },
    "homemoving": {
        "companies": [("蚂蚁快搬搬家公司", "蚂蚁快搬搬家公司")],
        "acct_label": "搬家派车单号",
        "verify": [("请把搬家派车单号告诉我。", "{acct_zh}。", ["account"]),
                   ("联系人的名字和地址各是多少？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["车晚到两个半钟头，还临时要加钱。", "餐桌腿搬断了，没人认账。"],
             "result": ["加收的钱退给您，{doctor}调度{due}前跟您谈赔偿。"],
             "qa": [("桌子能按原价赔吗？", "嗯嗯，能，按发票上的价赔。")]},
            {"open": ["下周六要搬家，想先约个上门估价。"],
             "result": ["估价能约，{doctor}调度{due}前跟您定上门时间。"],
             "qa": [("估价收费吗？", "嗯对，不收费，估完不搬也不要钱。")]},
        ],
    },
    "pianotuning": {
        "companies": [("清音钢琴调律服务", "清音钢琴调律服务")],
        "acct_label": "调音服务单号",
        "verify": [("请把调音服务单号告诉我。", "{acct_zh}。", ["account"]),
                   ("琴主的名字和手机号码各是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["上个月刚调的琴，两周就跑音了。", "调音师傅没来，也没打电话。"],
             "result": ["免费再调一次，{doctor}师傅{due}前跟您约上门时间。"],
             "qa": [("这次能调完再检查一遍吗？", "嗯嗯，能，调完当着您的面逐个键过一遍。")]},
            {"open": ["家里一架老琴十年没调了，想约一次。"],
             "result": ["能约，{doctor}师傅{due}前先给您打电话问琴的情况。"],
             "qa": [("老琴能调准吗？", "嗯对，多数能，音差得多就分两次调。")]},
        ],
    },
    "rooftopsolar": {
        "companies": [("晴空屋顶光伏安装", "晴空屋顶光伏安装")],
        "acct_label": "光伏安装合同编号",
        "verify": [("请把光伏安装合同编号告诉我。", "{acct_zh}。", ["account"]),
                   ("户主的名字和地址各是多少？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["装好一个月电表一度都没往回走。", "装完屋顶漏水了。"],
             "result": ["派人上门检修，{doctor}工程师{due}前跟您约时间。"],
             "qa": [("漏水的损失能赔吗？", "嗯嗯，能赔，师傅看过后定金额。")]},
            {"open": ["想问问我家平屋顶能不能装光伏。"],
             "result": ["能先勘查，{doctor}工程师{due}前上门看屋顶。"],
             "qa": [("勘查要钱吗？", "嗯对，不要钱，勘查是免费的。")]},
        ],
    },
    "communitylibrary": {
        "companies": [("梧桐街社区图书馆", "梧桐街社区图书馆")],
        "acct_label": "读者证编号",
        "verify": [("请把读者证编号告诉我。", "{acct_zh}。", ["account"]),
                   ("读者的名字和手机号码各是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["书明明还了，系统说我逾期要罚款。", "预约的书到了也没通知我。"],
             "result": ["罚款给您撤掉，{doctor}馆员{due}前把记录改好。"],
             "qa": [("撤掉以后还能接着借吗？", "嗯嗯，能借，额度马上恢复。")]},
            {"open": ["想给孩子办一张少儿借书证。"],
             "result": ["能办，{doctor}馆员{due}前告诉您要带哪些材料。"],
             "qa": [("少儿证能借大人的书吗？", "嗯对，能借，只是一次少借几本。")]},
        ],
    },
    "bikedepot": {
        "companies": [("快骑共享单车城东停车点", "快骑共享单车城东停车点")],
        "acct_label": "骑行订单编号",
        "verify": [("请把骑行订单编号告诉我。", "{acct_zh}。", ["account"]),
                   ("账户人的名字和手机号码各是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["车停好了还一直在计费。", "骑到一半链条掉了，我摔了一下。"],
             "result": ["多扣的钱退给您，{doctor}站长{due}前把账单改好。"],
             "qa": [("摔的那一下医药费能报吗？", "嗯嗯，能报，把单据拍给我们。")]},
            {"open": ["想问问停车点能不能办月卡。"],
             "result": ["月卡能办，{doctor}站长{due}前把办卡的链接发您。"],
             "qa": [("月卡能几个人共用吗？", "嗯对，不行，一张卡只能一个账号用。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["章", "安", "傅", "齐", "元", "梅", "明", "吉", "秋", "解", "松", "文"]
DOCTORS = SURNAMES           # the doctor, the coach, the dispatcher ... by surname
NAMES = ["章若琳", "安浩宇", "傅思齐", "齐雨涵", "元晨曦", "梅书言", "明一诺", "吉子轩", "秋梓萱", "解宇航",
         "松亦凡", "文沐阳"]
AREAS = ["梧桐街道", "滨河新村", "科技园二期", "纺织厂宿舍", "东湖花园", "火车南站小区"]
CITIES = ["合肥", "南昌", "洛阳", "常州", "绵阳", "柳州", "襄阳", "芜湖"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["另外，我周末提交的那个投诉有人看了吗？", "还有，上次的退款到底批了没有？"]
HOLD2_AGENT = "投诉和退款都查到了，投诉今天上午已经分给主管，退款昨天批下来了，两天内到账。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
