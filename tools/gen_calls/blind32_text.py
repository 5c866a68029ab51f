# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind32`` (dev only): the thirty-second blind evaluation set for issue 11.

Written by a thirty-second writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette),
without reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py and
blind10_text.py to blind31_text.py.  Eight business lines none of them had: a pearl-farm tour
(珍珠养殖场观光), a reptile pet shop (爬宠店), a clock-tower restoration firm (钟楼古钟修复), a
lion-dance troupe's bookings (舞狮队演出预约), a craft-brewery tour (精酿啤酒厂参观), a circus box
office (马戏团票务), a karst-cave trekking camp (溶洞探险营地) and a fencing club (击剑馆).
Each line is answered by "the overnight helpdesk": calm, unhurried night agents who answer around
the clock while the systems run slowly at night; callers phone from streets and trains, and the
line drops now and then.
Other 工号 forms (夜间值守岗, 通宵坐席, 全天候专线, 轮值台, 值夜工位, 守夜席, 夜班, plain numbers),
offers of help, closings, hold announcements and returns in other words, 服务禁语 in seven families,
and hard negatives.

Two openings are unusual but acceptable: one first asks whether the caller can hear the agent
(a line from a noisy street); one first asks whether it is convenient to talk at this hour.

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

HO_DOMAINS_LIST = ["pearlfarm", "reptile", "clocktower", "liondance", "brewery", "circus", "caving", "fencing"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说", "那么"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number in a form no earlier writer used, an offer of help; all fit any centre.  Two
# are unusual but acceptable: a check that the caller hears the agent first; a check that the
# hour suits the caller first.
HO_GREETINGS = [
    "您好，{hotline}夜间值守岗{agent_zh}号，您慢慢说，我听着。",
    "{tod}，这里是{hotline}，通宵坐席{agent_zh}号接听，有什么需要我帮忙查的？",
    "您好，{hotline}全天候专线，{agent_zh}号在岗，您遇到什么情况了？",
    "{tod}，{hotline}轮值台{agent_zh}号，我姓{agent_surname}，今天由我来帮您处理。",
    "您好，接通了，您能听清我说话吗？这里是{hotline}值夜工位{agent_zh}号，您请讲。",
    "您好，这个钟点打进来，先问一句您现在说话方便吗？我是{hotline}守夜席{agent_zh}号，您的事我一件件记。",
    "您好，欢迎致电{hotline}，夜班{agent_zh}号小{agent_surname}，有什么能为您做的？",
    "{tod}，{hotline}，{agent_zh}号为您接听，您有事尽管说。",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["喂，大半夜的什么事？", "说吧，听着呢。", "喂？谁啊？", "这么晚了，快讲。", "喂，夜里有啥事？",
                    "又是夜里打来的，干嘛？"]

# ---- closings
HO_CLOSING_ASK = ["夜里难得打通，还有什么想一并问的吗？", "这件办好了，您还有别的需要我这边跟进的吗？",
                  "还有哪些我能替您查的？", "其他方面您还有要咨询的吗？"]
HO_CLOSING_CUST = ["没了，谢谢。", "就这个事。", "没有了，你们也早点歇着。", "暂时想不起别的。", "好，够了。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; one without 再见
# (thanks plus wishes), which is acceptable.
HO_CLOSING_BYE = {
    None: ["夜深了，谢谢您来电，祝您晚安，再见。",
           "事情我记下了，明早有专人跟进，感谢您的耐心，再见。",
           "谢谢您打进来，路上注意安全，再见。",
           "这么晚还打来，谢谢您的信任，祝您休息好。",
           "都处理妥当了，感谢您深夜来电，再见。"],
    "pearlfarm": ["谢谢您来看珍珠，祝您挑到称心的那一串，再见。"],
    "reptile": ["感谢您照顾好小家伙，祝它健健康康，再见。"],
    "clocktower": ["谢谢您把老钟交给我们，祝钟声早日重新响起来，再见。"],
    "liondance": ["感谢您请我们的狮队，祝您开业大吉，再见。"],
    "brewery": ["谢谢您来酒厂参观，祝您喝得尽兴，回程别开车，再见。"],
    "circus": ["感谢您带孩子来看马戏，祝您全家看得开心，再见。"],
    "caving": ["谢谢您报名探洞，祝您一路平安，再见。"],
    "fencing": ["感谢您来学击剑，祝您练得顺利，再见。"],
}
HO_CLOSING_CUST_BYE = ["好，再见。", "嗯，晚安。", "行，辛苦了。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["行，记上了，挂了啊。", "就这，别的明天白天再打。", "好了，没事我收线了。", "单子开了，等着吧。",
                   "明白了，下一通。", "成了，回头看短信。"]
HO_BAD_CLOSING_CUST = ["啊？这就完了？", "等一下，我还有个事。", "半夜就这态度？", "喂？人呢？"]

# ---- holds: announcements in other words (slow night systems, the day shift's handover book, the
# duty manager, the file cabinet); thanks on return in other words; returns without thanks; none
# promises music (it is drawn per hold), and all fit any centre.
HO_HOLD_ANNOUNCE = ["夜里系统反应慢，得等它把记录调出来，请您先别挂，大概一两分钟。",
                    "这个要翻白天班组留的交接本，请您稍等片刻，我翻到就回来。",
                    "我去机房那台电脑上看一眼，麻烦您保持通话，我很快回来。",
                    "值班经理在另一条线上，我去当面问他，请您先不要挂机。",
                    "库存系统夜间在做备份，查起来慢，请您稍候，别挂断。",
                    "我去档案柜找原始单据，请您等我一会儿，电话别放下。",
                    "得翻一翻夜间工单，您拿着电话稍等，我去去就回。"]
ANNOUNCE_RE = "别挂|稍等|稍候|不要挂|保持通话|请您等"
HO_HOLD_THANKS = ["谢谢您这么晚还耐心等着，记录调出来了。", "让您在电话那头等了这么久，真过意不去，交接本找到了。",
                  "辛苦您一直没挂，经理那边问清楚了。", "感谢您等这一会儿，备份跑完了，数据出来了。",
                  "劳您久等，原始单据我找着了。", "耽误您休息了，抱歉，工单翻到了。"]
HO_THANKS_WORDS = ["谢谢", "感谢", "多谢", "久等", "久候", "麻烦您", "辛苦", "抱歉", "不好意思", "劳驾", "有劳", "难为",
                   "让您等", "耽搁", "劳烦", "过意不去", "干等", "空等", "对不住", "对不起", "耐心", "多亏", "劳您",
                   "耽误", "占用", "耐着性子", "谢了", "谢啦", "候着", "等了", "承蒙", "费心", "烦请", "恳请", "没挂",
                   "等着", "等候", "辛劳", "包涵", "见谅", "体谅", "着急", "守着", "没走开", "等我", "陪着", "费神",
                   "受累", "持线", "等待", "烦劳", "万分", "敬请", "静候", "恭候", "劳您久", "熬着", "陪我等", "担待",
                   "歉意", "失礼", "打扰", "添麻烦", "等这一阵", "多等", "等久", "理解", "等这一会儿"]
HO_RESUME_NO_THANKS = ["交接本上记着，珍珠是前天寄出的，后天能到。", "工单显示师傅后天上午九点上门。",
                       "经理同意这次免收改期费。", "记录里有您的订单，付款是成功的。",
                       "单据上写着押金已经原路退回了。"]
HO_UNANNOUNCED_PRE = ["我看看这边的记录。", "我翻翻工单。", "我对对单子。", None, None]
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
                  "去看", "看一眼", "就回"]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic).  Two are hard
# negatives: a look-alike of a hold announcement (the record is on the screen already; no hold
# follows) and a look-alike of a closing (a thank-you in mid-call, then on to the next matter).
HO_ACK_AGENT = ["是啊，夜里信号是容易断，您听不清随时跟我说。", "好啊，那就按两位大人一位小孩来登记。",
                "是啊，这个点还在为这事操心，我尽量帮您一次办完。",
                "不用让您干等，记录已经在我屏幕上了，我直接说给您听。",
                "谢谢您特意打来把情况讲清楚，我都记下了，咱们再看看退款那一项。"]
HO_ACK_CUST = ["嗯，知道了。", "呃，行吧。", "啊，好的。", "好，你接着说。", "噢，这样。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["嗯。", "对。", "我在。", "您讲。", "好的。", "了解。"]
HO_CUST_BC = ["嗯。", "对对。", "哦。", "知道。", "好。", "嗯嗯。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "买的珍珠项链戴了一个月就发黄了。", "珍珠怕汗怕香水，发黄是您自个儿保养差。", "是您自个儿保养差"),
    ("blame_customer", "买回去的守宫三天不吃东西。", "温度湿度是您家里没调好，养不好也赖不着店里。", "赖不着店里"),
    ("blame_customer", "修过的钟走了两天又慢了。", "您那边谁没事老去拨指针，拨坏了倒来找我们。", "拨坏了倒来找我们"),
    ("refuse_responsibility", "马戏票的座位跟图上不一样。", "座位是场馆排的，票务只负责出票，其余一概不知。", "其余一概不知"),
    ("refuse_responsibility", "参观那天酒厂临时关门了。", "关门是厂里的生产安排，我们前台管不着那一块。", "前台管不着那一块"),
    ("refuse_responsibility", "溶洞里头的灯坏了，走得很危险。", "洞里的电路归景区电工，出了事您上景区闹去。", "您上景区闹去"),
    ("do_it_yourself", "击剑课表在哪里看？", "公众号菜单点进去就是，这种事犯不着半夜打来问。", "犯不着半夜打来问"),
    ("do_it_yourself", "舞狮演出怎么报价？", "价目表挂在网站上，您自己对着算一算。", "自己对着算一算"),
    ("do_it_yourself", "鬃狮蜥要喂什么？", "饲养卡装在盒子里，翻出来照着喂就完了。", "翻出来照着喂就完了"),
    ("take_or_leave", "珍珠能不能挑圆一点的？", "统货就这个样，挑不了，看不上就别下单。", "看不上就别下单"),
    ("take_or_leave", "马戏票能不能退？", "规矩就是不退，您认也得认，不认也得认。", "不认也得认"),
    ("take_or_leave", "课时能不能往后延？", "课包到期作废，延不了，要上课就续费。", "要上课就续费"),
    ("impatience", "那口钟到底哪天能修好？", "这都第几回了，等通知等通知，别隔一会儿就打过来。", "别隔一会儿就打过来"),
    ("impatience", "参观到底几点集合？", "刚才不是说过了嘛，大半夜的让我省省嗓子行不行。", "让我省省嗓子"),
    ("impatience", "洞里冷不冷，要穿什么？", "好了好了，问来问去就这点事，我这儿还有别的线。", "问来问去就这点事"),
    ("sarcasm", "舞狮能不能便宜一半？", "半价请狮子，您不如自己披块床单上去舞。", "自己披块床单上去舞"),
    ("sarcasm", "能保证每颗都是天然的吗？", "您要最天然的，干脆自己下河摸蚌去。", "自己下河摸蚌去"),
    ("sarcasm", "能让孩子跟老虎合个影吗？", "跟老虎合影，您这胆子可比老虎还大。", "胆子可比老虎还大"),
    ("talking_down", "花剑和重剑有什么不一样？", "这都分不清还学击剑，先回去把规则看明白再来。", "这都分不清还学击剑"),
    ("talking_down", "头灯要自己带吗？", "进洞不带灯，亏您想得出来，一点户外常识都没有。", "一点户外常识都没有"),
    ("talking_down", "精酿跟普通啤酒有啥区别？", "喝了这么多年啤酒连这都说不上来，跟您讲了也是白讲。", "跟您讲了也是白讲"),
]
HO_FORBIDDEN_REACT = ["半夜值班就能这么说话？", "把你的工号报给我，明天我就投诉。",
                      "你这叫服务？", "换个会说话的人来接。"]
# Agent hard negatives: taboo-ish words in acceptable service language; five answer the yes-no
# question with 嗯对 / 嗯嗯 (look-alikes are reached far more surely than small talk).
HO_LOOKALIKES = [
    ("blame_customer", "发黄是不是我保养不对？", "嗯嗯，汗水会有点影响，不过一个月就发黄不正常，我们给您免费清洗抛光。"),
    ("blame_customer", "守宫不吃东西是我温度没调好吗？", "有这个可能，我们的饲养员可以跟您视频，一起把温湿度调好。"),
    ("blame_customer", "钟慢了是不是我们拨了指针？", "不一定，老钟换季也会慢，师傅上去校一次就行，不收钱。"),
    ("refuse_responsibility", "座位是场馆排的吗？", "嗯对，是场馆排的，不过票是我们卖的，我来跟场馆协调给您换。"),
    ("refuse_responsibility", "洞里的电路是景区管的吧？", "归景区管，您说的情况我记下转给景区值班电工，修好了发短信告诉您。"),
    ("do_it_yourself", "课表公众号里能看到吗？", "嗯嗯，能看到，我也顺便给您念念，周二周四晚上七点各一节。"),
    ("do_it_yourself", "价目表网站上有吗？", "有的，不过规格多不好对照，我直接按您说的场面给您估个价。"),
    ("take_or_leave", "珍珠是不是不能挑？", "嗯对，统货一般不挑，不过您要送人的话我可以帮您申请精选款。"),
    ("take_or_leave", "马戏票是不是退不了？", "原则上不退，不过能改到别的场次，我帮您看看哪天有空位。"),
    ("impatience", "这么晚打过来会不会打扰你们？", "嗯嗯，不会，夜里一直有人值守，您慢慢说。"),
    ("impatience", "我问第三遍了你不嫌烦吧？", "一点不烦，钟的事问几遍都应该，我把进度再给您讲一遍。"),
    ("sarcasm", "跟老虎合影真的可以吗？", "隔着防护栏可以，驯兽师就在边上，孩子也能拍。"),
    ("talking_down", "我零基础学击剑跟得上吗？", "好啊，零基础的学员很多，教练从怎么握剑教起。"),
    ("talking_down", "进溶洞的头灯要自己准备吗？", "嗯对，最好自己带一个，营地也有租的，十块钱一天。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("你们夜里是不是就一个人接电话？打了好几遍。", "实在对不住让您打了好几遍，夜里人手少，您的事我现在就办。"),
    ("少废话，直接说能不能退。", "能退，扣百分之十的手续费，我现在给您提交。"),
    ("你是不是刚来的？问啥都不知道。", "我再帮您核对清楚，不确定的我记下来，明早专人给您回话。"),
    ("再这样我就去网上曝光你们。", "您的不满我能体会，我先把问题登记成加急，今晚就有人跟。"),
    ("你们这服务真够水的。", "您批评得对，是我们没做好，我把补救的办法先跟您说。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我上个月在你们珍珠场买了一条项链，说是海水珍珠，回来拿去珠宝店一看说是淡水的，还有两颗有裂纹，我打了三次电话都说会回电，到现在一个电话都没有。",
    "我定了你们狮队周六早上八点来店门口舞狮开业，结果八点半了还没到，宾客都站在门口等，打领队电话一直没人接，鞭炮都点不了。",
    "我们一家四口报的溶洞探险，说好有向导带路，结果进了洞向导走得飞快，我们跟丢了在里头转了半个多小时，孩子吓得一直哭，出来也没人管。",
    "我在你们酒厂团购的参观票，说是含品鉴六款啤酒，到了现场只给了两小杯，问工作人员说套餐改了，改了也没人通知我们。",
]
# long enough (12 字) that even the fastest agent of this set talks over the caller for >= 1.5 s
HO_INTERRUPT_AGENT = [
    "货不对版是我们的问题，我现在就给您登记全额退款加上运费。",
    "狮队迟到是我们的失误，我马上联系领队，演出费给您减半。",
    "向导没照顾好您一家是我们失职，这次的费用我给您全部退回。",
    "套餐改了没通知是我们不对，差的四款我给您补一张品鉴券。",
]
HO_EARLY_AGENT = [
    "溶洞探险的注意事项我跟您说一下，进洞前要签安全协议，每人发头盔和头灯，全程跟着向导不能离队，洞里温度常年十五度左右，要穿长袖长裤和防滑鞋，十二岁以下的孩子只能走一号线。",
    "马戏团的观演须知我简单念一下，开演前四十分钟入场，一米二以下儿童要有大人陪同，场内不能用闪光灯，动物表演区前三排会溅水，坐那里的观众入场时领雨衣，中场休息十五分钟。",
    "击剑体验课的安排是这样的，每节课九十分钟，先热身二十分钟，再学步法和握剑，最后半小时穿护具跟教练对练，护具和剑馆里都有，您只要穿运动鞋和长裤来就行。",
]
# callers cut in with these: long enough to keep >= 1.5 s of talking over the agent
HO_EARLY_CUST = ["这些网上都写了，我就问明天还有没有名额。", "好了好了不用念了，你就说几点进场。",
                 "我都清楚，我就想知道体验课多少钱。"]
HO_AFTER_INTERRUPT_CUST = ["你先让我讲完行吗。", "我还没说完呢。", "行，你说吧。"]
HO_AFTER_EARLY_AGENT = ["好的，那我只说您关心的。", "明白，直接说重点。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics)
HO_GENERIC_QA = [
    ("你们晚上十二点以后还能办吗？", "嗯对，二十四小时都能办，就是有些要等白天审核。"),
    ("能刷信用卡吗？", "嗯嗯，信用卡和借记卡都能刷。"),
    ("坐地铁怎么过去？", "坐四号线到终点，换乘园区接驳车，十分钟就到。"),
    ("晚上那边有路灯吗？", "主路都有，小路建议您带个手电。"),
    ("能开公司抬头的发票吗？", "可以开，把税号发给我们就行。"),
    ("带朋友一起有折扣吗？", "三人同行，第三位半价。"),
    ("明天一早的还能约吗？", "能约，早上八点那一档还有空。"),
    ("改期要收钱吗？", "提前一天改期免费，当天改收二十元。"),
    ("你刚说的时间能再讲一遍吗？", "好的，再说一遍，周六上午十点。"),
    ("外地有你们的分店吗？", "杭州和成都各有一家，营业时间一样。"),
    ("能寄到外省吗？", "全国都能寄，偏远地区多三天。"),
    ("老年人有优惠吗？", "六十五岁以上凭证件打八五折。"),
    ("周末人多不多？", "周末下午人最多，上午来会清静些。"),
    ("可以提前两个月订吗？", "可以，最远能订到九十天以后。"),
    ("孕妇可以参加吗？", "出于安全考虑不建议，您可以换成陪同票。"),
    ("订好以后会有提醒吗？", "前一天晚上系统会发短信提醒。"),
]
# Customers' long turns: callers on streets and trains whose line drops for a moment.
HO_CUST_DETAIL = ["喂？能听见吗？我在火车上，信号时有时无的。",
                  "我这边在马路边，车多，你说大声一点。",
                  "刚才断了一下，我说到哪儿了，哦对，是那个订单的事。",
                  "白天一直没空打，只能这个点打给你们。",
                  "我下了夜班刚到家，想着趁现在问清楚。",
                  "我在出租车上，司机开着收音机，你慢点讲。"]
HO_CUST_SEARCH = ["稍等，我翻翻手机里的订单。", "你等等，我把票拿出来看看。"]
HO_CUST_FILLER_OPEN = ["嗯，", "呃，", "啊，", "呃，我想问，", "嗯，这样，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["刚才信号断了一下，手机号码能再念给我吗？"],
    "name": ["刚才信号断了一下，名字能再念给我吗？"],
    "id": ["刚才信号断了一下，身份证后六位能再念给我吗？"],
    "account": ["刚才信号断了一下，{acct_label}能再念给我吗？"],
    "address": ["刚才信号断了一下，地址能再念给我吗？"],
}
HO_SLOT_ANSWER = {
    "phone": "{phone_zh}。", "name": "{name}。", "id": "{id6_zh}。",
    "account": "{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["好，再念一次，", "", "你听清楚，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["我跟您对一遍，手机{phone_zh}，没记错吧？"],
    "name": ["我跟您对一遍，{name}，没记错吧？"],
    "id": ["我跟您对一遍，身份证尾号{id6_zh}，没记错吧？"],
    "account": ["我跟您对一遍，{acct_label}{acct_zh}，没记错吧？"],
    "address": ["我跟您对一遍，{address}，没记错吧？"],
}
HO_READBACK_CUST = ["对。", "没错。", "嗯，是这个。", "对对，没错。"]
HO_NEW_ASK = {
    "phone": ("能换个号码收短信吗？", "嗯嗯，能换，请告诉我新的手机号码。", "{phone_zh}。", "好的，短信以后发到新号码上。"),
    "name": ("能改成我朋友的名字来领吗？", "可以，请告诉我领取人的全名。", "{name}。", "好的，领取人已经改好了。"),
    "address": ("能寄到我单位去吗？", "嗯对，可以，请告诉我单位的地址。", "{address}。", "好的，寄送的地方已经改了。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]),
                    ("account", ["卡号", "账号", "编号", "单号"]),
                    ("name", ["姓名", "名字", "全名", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["再念给我", "请告诉我", "请提供", "是多少", "念给我", "报给我"]


# the slot an agent line asks for, or None (read-backs 「我跟您对一遍…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("我跟您对一遍",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so most
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).
HO_DOMAINS = {
    "pearlfarm": {
        "companies": [("蚌珠湾珍珠养殖观光园", "蚌珠湾珍珠养殖观光园")],
        "acct_label": "珍珠订单编号",
        "verify": [("珍珠订单编号麻烦念给我。", "{acct_zh}。", ["account"]),
                   ("下单人的名字和手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["买的珍珠项链有两颗有裂纹。", "说是海水珍珠，拿去一看是淡水的。"],
             "result": ["给您退货退款，{doctor}主管{due}前把退货单发您。"],
             "qa": [("退货的运费要我出吗？", "嗯嗯，不用，运费我们承担。")]},
            {"open": ["想带学生来珍珠场研学开蚌。"],
             "result": ["研学可以安排，{doctor}老师{due}前把行程发给您。"],
             "qa": [("每个孩子都能亲手开蚌吗？", "嗯对，每人一只，开出的珍珠可以带走。")]},
        ],
    },
    "reptile": {
        "companies": [("鳞光爬宠生活馆", "鳞光爬宠生活馆")],
        "acct_label": "爬宠购买单号",
        "verify": [("爬宠购买单号麻烦念给我。", "{acct_zh}。", ["account"]),
                   ("购买人的名字和身份证后六位是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["买回去的守宫不吃东西。", "乌龟的壳上长了白斑。"],
             "result": ["我们安排饲养员上门看看，{doctor}饲养员{due}前联系您。"],
             "qa": [("上门要收费吗？", "嗯嗯，购买一个月内免费上门。")]},
            {"open": ["想给孩子挑一只好养的蜥蜴。"],
             "result": ["可以来店里挑，{doctor}店长{due}前给您推荐几款。"],
             "qa": [("新手养蜥蜴难不难？", "嗯对，不难，豹纹守宫最适合新手。")]},
        ],
    },
    "clocktower": {
        "companies": [("鸣时古钟楼修缮工程公司", "鸣时古钟楼修缮工程公司")],
        "acct_label": "古钟修缮合同编号",
        "verify": [("古钟修缮合同编号麻烦念给我。", "{acct_zh}。", ["account"]),
                   ("联系人的名字和手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["修好的钟楼大钟又慢了十分钟。", "整点报时的钟声不响了。"],
             "result": ["保修期内免费检修，{doctor}工程师{due}前上塔检查。"],
             "qa": [("检修要停钟几天？", "嗯嗯，一般停一天，第二天就能走。")]},
            {"open": ["镇上的老钟楼想请你们整体修一修。"],
             "result": ["可以先来勘察，{doctor}工程师{due}前给您出方案。"],
             "qa": [("老的机芯还能保留吗？", "嗯对，能留的尽量保留原件。")]},
        ],
    },
    "liondance": {
        "companies": [("醒狮堂舞狮表演队", "醒狮堂舞狮表演队")],
        "acct_label": "舞狮演出预约单号",
        "verify": [("舞狮演出预约单号麻烦念给我。", "{acct_zh}。", ["account"]),
                   ("预约人的名字和演出地址是多少？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["狮队开业当天迟到了半个钟头。", "说好两头狮子只来了一头。"],
             "result": ["演出费给您退一半，{doctor}领队{due}前跟您确认退款。"],
             "qa": [("退款退到原来的账户吗？", "嗯嗯，原路退回，三天内到。")]},
            {"open": ["下个月婚礼想请狮队来热闹一下。"],
             "result": ["婚礼场可以接，{doctor}领队{due}前给您报价。"],
             "qa": [("能加一段采青吗？", "嗯对，能加，采青要另外准备生菜和红包。")]},
        ],
    },
    "brewery": {
        "companies": [("麦芽坊精酿啤酒工厂", "麦芽坊精酿啤酒工厂")],
        "acct_label": "酒厂参观票编号",
        "verify": [("酒厂参观票编号麻烦念给我。", "{acct_zh}。", ["account"]),
                   ("参观人的名字和身份证后六位是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["参观套餐说含六款品鉴，只给了两杯。", "到了厂门口说临时不开放。"],
             "result": ["给您补一次参观，{doctor}经理{due}前把新票发给您。"],
             "qa": [("补的票能带朋友吗？", "嗯嗯，能，一张票两个人。")]},
            {"open": ["公司想包一场酒厂参观加品酒会。"],
             "result": ["包场可以做，{doctor}经理{due}前给您发方案。"],
             "qa": [("不喝酒的同事也能去吗？", "嗯对，能去，我们有无醇啤酒和果汁。")]},
        ],
    },
    "circus": {
        "companies": [("奇幻星空马戏团票务部", "奇幻星空马戏团票务部")],
        "acct_label": "马戏门票订单号",
        "verify": [("马戏门票订单号麻烦念给我。", "{acct_zh}。", ["account"]),
                   ("取票人的名字和手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["买的前排票到现场变成了后排。", "电子票扫码进不去。"],
             "result": ["差价给您退回，{doctor}主管{due}前把钱退到原账户。"],
             "qa": [("差价能当场退吗？", "嗯嗯，能，现场服务台就能退。")]},
            {"open": ["学校想组织三百个学生看马戏。"],
             "result": ["团体票可以订，{doctor}主管{due}前给您留座位。"],
             "qa": [("学生团有专场吗？", "嗯对，工作日上午有学生专场。")]},
        ],
    },
    "caving": {
        "companies": [("幽谷溶洞探险营地", "幽谷溶洞探险营地")],
        "acct_label": "探洞报名单号",
        "verify": [("探洞报名单号麻烦念给我。", "{acct_zh}。", ["account"]),
                   ("报名人的名字和身份证后六位是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["向导走太快，我们在洞里跟丢了。", "洞里的照明灯坏了好几盏。"],
             "result": ["这次费用全退，{doctor}向导{due}前给您回个电话致歉。"],
             "qa": [("下次再来能优惠吗？", "嗯嗯，送您一次免费的体验线路。")]},
            {"open": ["想报名周末的亲子探洞。"],
             "result": ["亲子线路还有名额，{doctor}向导{due}前给您确认集合时间。"],
             "qa": [("五岁的孩子能去吗？", "嗯对，能去，亲子线路五岁以上就行。")]},
        ],
    },
    "fencing": {
        "companies": [("锐锋击剑运动馆", "锐锋击剑运动馆")],
        "acct_label": "击剑会员卡号",
        "verify": [("击剑会员卡号麻烦念给我。", "{acct_zh}。", ["account"]),
                   ("会员的名字和手机号码是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["约好的私教课教练没来。", "课包还没用完就被扣光了。"],
             "result": ["课时给您补回来，{doctor}教练{due}前跟您约补课时间。"],
             "qa": [("补的课能换教练吗？", "嗯嗯，能换，您挑您顺手的。")]},
            {"open": ["想给孩子报个暑期击剑班。"],
             "result": ["暑期班还在招，{doctor}教练{due}前给您安排试课。"],
             "qa": [("护具要自己买吗？", "嗯对，初学阶段馆里免费借，长期练再买。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["第五", "司空", "闾丘", "颛孙", "独孤", "万俟", "乐正", "梁丘", "公羊", "谷梁", "漆雕", "巫马", "东郭",
            "南门", "羊舌", "微生"]
DOCTORS = SURNAMES           # the supervisor, the keeper, the engineer, the troupe leader ... by surname
NAMES = ["第五嘉禾", "司空星辰", "闾丘书瑶", "颛孙旭阳", "独孤静怡", "万俟博文", "乐正可欣", "梁丘鹏飞", "公羊思琪",
         "谷梁泽宇", "漆雕梦婷", "巫马俊杰"]
AREAS = ["珠湾新村", "钟楼巷小区", "醒狮里", "麦香苑", "幽谷家园", "剑桥路社区"]
CITIES = ["北海", "佛山", "桂林", "青岛", "平遥", "绍兴", "芜湖", "柳州"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["对了，上回申请的退款到了没有？", "还有，我那张代金券怎么显示失效了？"]
HOLD2_AGENT = "退款和代金券都帮您看了，退款前天已经到账，失效的代金券我给您补发了一张新的。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
