# -*- coding: utf-8 -*-
"""Text for ``generate.py --profile blind37`` (dev only): the thirty-seventh blind evaluation set for issue 11.

Written by a thirty-seventh writer from call-centre service norms (服务规范 / 服务禁语 / hold etiquette),
without reading the QA rules' phrase lists or configuration, and without reusing the phrasings of
heldout_text.py (sets 1-3), blind4_text.py, blind5_text.py, blind6_text.py, blind8_text.py and
blind10_text.py to blind36_text.py.  Eight centres none of them had, all answered by one winter-holiday
booking line in the northeast: an ice-lantern park (冰灯游园), a hot-spring inn (温泉客栈), a ski-gear
rental shop (雪具租赁铺), a dog-sled ride (狗拉爬犁), a frozen-lake ice-fishing base (冬捕冰钓基地), a
snow-village homestay (雪村民宿), a forest narrow-gauge railway excursion (林区小火车) and a rime-ice
sightseeing boat (雾凇观光船).
"The northeast winter resort line, evening shift": a quiet office with an electric heater humming
under the line; patient, even-paced agents; many callers are elderly or book for elderly parents,
speak slowly, ask the agent to say a thing again and now and then mishear a date.  The agent
phones the resort while the caller holds.
Other 工号 forms (夜班坐席, 订房专线, 值机位, 服务工位, 接线编号, 冬季专线, a number said twice, a
number with a family name and 师傅), offers of help, closings, hold announcements (one asks the caller
to keep the line open without saying 稍等) and returns in other words, 服务禁语 in seven families, and
hard negatives (look-alikes of taboo lines, of a hold announcement and of a closing; rude callers
answered politely).

Two openings are unusual but acceptable: one first says the agent will speak slowly and loudly for an
older caller; one first says which resorts the evening line still answers for.

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

HO_DOMAINS_LIST = ["icelanternpark", "hotspringinn", "skigear", "dogsledride", "icefishbase", "snowvillage",
                   "forestrail", "rimeboat"]

# Filler tics injected as defects (clause starts only).  Outside them agent text never has 呃, nor
# 嗯 / 啊 / 那个 / 这个 / 就是 / 然后 / 额 as a clause of its own (是啊, 好啊, 嗯对 are fine).
HO_FILLERS = ["嗯", "啊", "呃"]
HO_FILLER_SUBSTR = ["呃"]
HO_FILLER_ALONE = ["嗯", "啊", "那个", "这个", "就是", "然后", "额", "就是说", "那么"]

# ---- openings.  {hotline} is the centre's full name.  Standard: a polite greeting, the centre,
# the agent's number in a form no earlier writer used, an offer of help; all fit any centre.  Two
# are unusual but acceptable: the agent first says it will speak slowly and clearly for an older
# caller; the agent first says which resorts the evening line still answers for.
HO_GREETINGS = [
    "您好，{hotline}夜班坐席{agent_zh}号，天冷路滑，您想订哪一天的，我慢慢帮您排。",
    "{tod}，{hotline}订房专线，接线编号{agent_zh}，您要问的事情尽管讲，我这边听着。",
    "您好，我说话放慢一点、声音大一点，您听着不清楚就叫我重讲；{hotline}服务工位{agent_zh}号。",
    "您好，晚间这条线还管着八处雪场景点的订位；{hotline}值机位{agent_zh}号，您请讲。",
    "{tod}，{hotline}冬季专线{agent_zh}号，姓{agent_surname}，您是给自己订，还是给家里老人订？",
    "您好，{hotline}，我是{agent_zh}号，{agent_zh}号，您叫我{agent_surname}师傅就行，有啥要帮忙的？",
    "您好，这里是{hotline}，晚班{agent_zh}号为您服务，您不着急，一样一样说给我听。",
    "{tod}，{hotline}预订台，工位号{agent_zh}，今晚哪件事让我替您张罗？",
]
# Not standard: no polite greeting, no centre, no agent number.
HO_BAD_GREETINGS = ["喂，讲吧，啥事儿。", "哎，说吧。", "大晚上的，有事快点讲。", "哪位，找谁？",
                    "说吧，我这儿听着呢。", "接着了，啥事你就说。"]

# ---- closings
HO_CLOSING_ASK = ["大爷大妈那边还有要我顺手办的吗？", "除了这一桩，您还有想打听的没有？",
                  "您再想想，还有哪样需要我帮着订？", "今晚还有别的事要我一起张罗吗？"]
HO_CLOSING_CUST = ["没了没了，就这么些。", "一时半会儿想不起别的。", "行了，够用了。", "都清楚啦。", "没有了，就问这个。"]
# Standard: thanks plus a farewell or good wishes in the last sentence; one without 再见
# (thanks plus wishes), which is acceptable.
HO_CLOSING_BYE = {
    None: ["您的订位我都记牢了，谢谢您这么晚打过来，再见。",
           "谢谢您耐心听我一条条讲，路上穿暖和些，再见。",
           "谢谢您信得过我们冬季专线，祝您和家里老人出门顺当。",
           "订好的短信稍后就到您手机上，谢谢您来电，再见。",
           "感谢您替老人家考虑得这么周到，祝您一家冬天过得暖和，再见。"],
    "icelanternpark": ["谢谢您来看冰灯，祝您在灯底下拍张全家福，再见。"],
    "hotspringinn": ["感谢您订我们的温泉客栈，祝老人家泡得舒坦，再见。"],
    "skigear": ["谢谢您租我们的雪具，祝您滑得稳稳当当，再见。"],
    "dogsledride": ["感谢您来坐狗拉爬犁，祝您在雪原上跑个痛快，再见。"],
    "icefishbase": ["谢谢您来冰面上钓鱼，祝您一竿下去就有大鱼，再见。"],
    "snowvillage": ["感谢您住我们雪村，祝您夜里看到满天星星，再见。"],
    "forestrail": ["谢谢您坐林区小火车，祝您一路看够了林海雪原，再见。"],
    "rimeboat": ["感谢您来坐雾凇船，祝您赶上一个满树挂霜的早上，再见。"],
}
HO_CLOSING_CUST_BYE = ["好，你也早点歇着。", "谢谢闺女啊。", "中，那就先这么着。", "", ""]
# Not standard (missing_closing): no thanks, no farewell.
HO_BAD_CLOSINGS = ["行，就这么定了，挂了。", "完事了，等着收短信吧。", "就这些，别的没了。", "成，我这边记上了。",
                   "好了好了，有事再打。", "那先这样吧，我还有下一个。"]
HO_BAD_CLOSING_CUST = ["哎，我话还没说完呢。", "咋没动静了？", "你那边还在吗？", "怎么说挂就挂？"]

# ---- holds: announcements in other words (the agent phones the resort itself); one asks the
# caller to keep the line open without saying 稍等; thanks on return in other words; returns
# without thanks; none promises music, and all fit any centre.
HO_HOLD_ANNOUNCE = ["我用座机给景区前台打过去问，您这边电话别放下，问清楚了我马上接着跟您说。",
                    "我拨一下客栈老板的手机，请您稍等一会儿，别挂电话。",
                    "这得问问景区调度，请您在线上等一等，我问到了就回来。",
                    "我打到雪场的值班室核一下房态，请您稍候，电话别挂。",
                    "我联系一下那边的排班师傅，麻烦您稍等，不要挂断。",
                    "我给售票处去个电话问余位，您请保持通话，我尽快回来。",
                    "我找基地的负责人确认一下时间，请您稍候片刻，别挂。"]
ANNOUNCE_RE = "别挂|稍等|稍候|不要挂|保持通话|等一等|别放下"
HO_HOLD_THANKS = ["谢谢您一直没放电话，景区前台那边问清楚了。", "让您在电话里等了好一阵，客栈老板回话了。",
                  "谢谢您这么有耐心，调度那边说得明明白白。", "感谢您在线上陪着我，值班室把房态报过来了。",
                  "劳您等我打完这通电话，排班师傅答复了。", "多谢您等我这么些时候，售票处的余位查好了。"]
HO_THANKS_WORDS = ["谢谢", "感谢", "多谢", "久等", "久候", "麻烦您", "辛苦", "抱歉", "不好意思", "劳驾", "有劳", "难为",
                   "让您等", "耽搁", "劳烦", "过意不去", "干等", "空等", "对不住", "对不起", "耐心", "多亏", "劳您",
                   "耽误", "占用", "耐着性子", "谢了", "谢啦", "候着", "等了", "承蒙", "费心", "烦请", "恳请", "没挂",
                   "等着", "等候", "辛劳", "包涵", "见谅", "体谅", "着急", "守着", "没走开", "等我", "陪着", "费神",
                   "受累", "持线", "等待", "烦劳", "万分", "敬请", "静候", "恭候", "劳您久", "熬着", "陪我等", "担待",
                   "歉意", "失礼", "打扰", "添麻烦", "等这一阵", "多等", "等久", "理解", "等这一会儿", "等我这么",
                   "拿着听筒", "排队", "排了", "这么久", "候着您", "等消息", "陪我等网络", "拿着电话", "跑这一趟",
                   "这半天", "这么一会儿", "吵闹", "多担待",
                   "没放电话", "好一阵", "这么些时候", "这通电话", "在线上陪"]
HO_RESUME_NO_THANKS = ["景区前台说，您订的那天晚上冰灯六点准时亮。", "客栈老板讲，二楼朝南那间还空着，能住两位老人。",
                       "调度那边说，礼拜六上午的小火车还剩七个座。", "值班室报过来的，雪村东头那户炕房后天能住。",
                       "排班师傅说，明早九点那一趟爬犁还能添两个人。"]
HO_UNANNOUNCED_PRE = ["我在排班表里对照您说的日子。", "我翻开那天的房态表。", "我看看这一趟还剩几个座。", None, None]
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
                  "莫挂", "传过来", "调过来", "跑去", "里间", "档案架", "去门口", "找到就", "另一个点", "莫走",
                  "座机", "打过去", "拨一下", "去个电话", "联系一下", "确认一下", "问到了", "问清楚了就", "一等"]

# 是啊 / 好啊: 啊 as a sentence-final particle in a clean agent line (never a tic).  Two are hard
# negatives: a look-alike of a hold announcement (the agent has the booking sheet open already, no
# hold follows) and a look-alike of a closing (thanks and good wishes in mid-call, then on to the
# next matter).
HO_ACK_AGENT = ["是啊，腊月里冰灯最亮堂，就是夜里零下二十多度。", "好啊，那我给两位老人各留一个靠窗的座。",
                "是啊，老人家泡温泉一回别超过二十分钟，起身慢着点。",
                "订位单我这儿已经打开了，用不着您干等，咱们现在就对。",
                "谢谢您替老爷子想得这么周全，祝二老玩得暖暖和和，咱们接着把回程的车票说定。"]
HO_ACK_CUST = ["嗯，记下了记下了。", "呃，那好。", "啊，是这么个理。", "好，好，你说。", "噢，明白了。"]

# Backchannels (never events): the agent's inside customer turns, the customer's inside agent turns.
HO_AGENT_BC = ["嗯。", "嗯哪。", "哎。", "记上。", "是喽。", "在呢。"]
HO_CUST_BC = ["嗯。", "哦。", "嗯哪。", "哎哎。", "中。", "得嘞。"]

# ---- 服务禁语 families: (family, customer trigger, agent line, key phrase)
HO_FORBIDDEN = [
    ("blame_customer", "我爸在冰灯园里滑了一跤，手腕肿了。", "冰面上到处插着小心路滑的牌子，老人自己不长眼。", "老人自己不长眼"),
    ("blame_customer", "租的雪板滑了半天就掉了一块漆。", "板子租出去好好的，准是您瞎摔瞎碰弄的。", "准是您瞎摔瞎碰"),
    ("blame_customer", "我妈泡完温泉头晕，差点站不住。", "泡多久是您们自己掐表，泡晕了怨不着池子。", "泡晕了怨不着池子"),
    ("refuse_responsibility", "小火车晚点一个钟头，我们在站台上冻透了。", "火车归林业局开，晚不晚点的我们这条线说了不算。", "我们这条线说了不算"),
    ("refuse_responsibility", "爬犁翻了，我老伴的眼镜摔碎了。", "狗是养狗的大哥的，碎了眼镜您自个儿找他掰扯。", "自个儿找他掰扯"),
    ("refuse_responsibility", "雾凇船开出去，一棵挂霜的树都没看着。", "挂不挂霜看老天爷，这笔糊涂账别往我们身上扣。", "别往我们身上扣"),
    ("do_it_yourself", "冰钓基地几点开冰眼？", "时间表在公众号里发过八百遍了，您往上划拉划拉。", "发过八百遍了"),
    ("do_it_yourself", "雪村民宿有没有热水？", "民宿介绍页上一条条列着，您自个儿凑近了瞅。", "自个儿凑近了瞅"),
    ("do_it_yourself", "冰灯园从哪个门进离停车场近？", "园区地图门口就有，到了您自己对着找去。", "自己对着找去"),
    ("take_or_leave", "温泉客栈能不能给老人换个一楼的房？", "一楼早订光了，嫌爬楼就别来住。", "嫌爬楼就别来住"),
    ("take_or_leave", "小火车能不能给我爸留个靠暖气的座？", "座都是随机排的，坐不惯您就打车上山。", "坐不惯您就打车上山"),
    ("take_or_leave", "冰钓能不能借个带棉帘子的棚子？", "棚子就这几个，想要暖和的回城里屋子待着。", "回城里屋子待着"),
    ("impatience", "爬犁一趟到底跑多远？", "刚跟您说完八公里，您这记性怎么跟筛子似的。", "记性怎么跟筛子似的"),
    ("impatience", "雾凇船上冷不冷？", "快点问，问完我这儿还有一排电话没接。", "问完我这儿还有一排电话"),
    ("impatience", "租雪鞋要不要押身份证？", "您别絮叨了，我这耳朵都听出茧子了。", "别絮叨了"),
    ("sarcasm", "冰灯能不能让我摸一摸？", "摸一摸？要不要我给您搬一块回家摆着。", "搬一块回家摆着"),
    ("sarcasm", "冰钓能保证钓上鱼吗？", "保证钓上？那您干脆去菜市场买两条得了。", "去菜市场买两条得了"),
    ("sarcasm", "雪村能不能天天下雪？", "您当老天爷是我们家亲戚，想下就下。", "老天爷是我们家亲戚"),
    ("talking_down", "温泉跟家里泡澡有啥不一样？", "这都要问，一看就是没出过门的。", "一看就是没出过门的"),
    ("talking_down", "雪板跟雪橇是一回事吗？", "连这个都分不清，我跟您费这口舌干啥。", "跟您费这口舌干啥"),
    ("talking_down", "林区小火车是烧煤的吗？", "老黄历了，您这脑子还停在几十年前呢。", "脑子还停在几十年前"),
]
HO_FORBIDDEN_REACT = ["我这么大岁数了，你就这么跟我说话？", "你们专线的人都这个态度？", "把你工号报给我，我要投诉。",
                      "你这话我可听见了，我得找你领导。"]
# Agent hard negatives: taboo-ish words in acceptable service language; six answer the yes-no
# question with 嗯对 / 嗯嗯 (look-alikes are reached far more surely than small talk).
HO_LOOKALIKES = [
    ("blame_customer", "我爸滑倒是不是他自己没留神？", "嗯嗯，路面是滑，可防滑垫铺得不够是我们的事，药费我们来担。"),
    ("blame_customer", "雪板掉漆是不是我摔的？", "不怪您，租出去的板子磕碰是常事，不收您一分钱。"),
    ("blame_customer", "我妈头晕是不是泡得太久了？", "嗯对，时间是长了点，不过池边该有人提醒，这一条我们记下改。"),
    ("refuse_responsibility", "小火车晚点是不是你们也管不了？", "嗯嗯，车是林业局开的，可您是从我们这儿订的，这事我替您去催去问。"),
    ("refuse_responsibility", "看不着雾凇是不是只能认倒霉？", "不用认倒霉，没挂霜的日子船票可以改到下一个早上，不加钱。"),
    ("do_it_yourself", "冰眼的时间公众号上能查吗？", "嗯对，能查，我也直接告诉您，早上七点开冰眼，下午三点收竿。"),
    ("do_it_yourself", "地图门口是不是就有？", "有的，我先把最近的门告诉您，停车场挨着的是南门。"),
    ("take_or_leave", "一楼是不是真没房了？", "嗯对，一楼是满了，不过二楼有电梯直达，我给您挑一间离电梯最近的。"),
    ("take_or_leave", "靠暖气的座是不是留不了？", "平时是随机的，您说了家里有老人，我给车队打个招呼留一个。"),
    ("impatience", "我问得这么细，你不嫌我絮叨吧？", "嗯嗯，一点不嫌，问得细出门才放心。"),
    ("impatience", "我耳朵背，你说快了我跟不上。", "不快，我一个字一个字地说，您随时叫停。"),
    ("sarcasm", "冰灯真的不能摸吗？", "门口有一盏专门给人摸的小冰灯，拍照也行。"),
    ("talking_down", "我七十多了还能坐爬犁吗？", "好啊，能坐，给您挑那条平一点的短线，赶狗的师傅跑慢些。"),
    ("talking_down", "雪板和雪橇不是一回事吧？", "嗯对，不是一回事，雪板是踩在脚下滑的，雪橇是坐在上面拉的。"),
]
# Customer hard negatives: the caller is rude or uses taboo-like words; the agent stays polite.
HO_CUST_RUDE = [
    ("你们这帮人就会糊弄我们老年人。", "您别生气，您的事我一条条给您落实，办不好您再来找我。"),
    ("你说话跟打机关枪似的，谁听得清。", "对不住，我放慢了说，哪一句没听清您就叫我停下。"),
    ("上回订的房根本不是那样，你们净骗人。", "上回让您受委屈了，这一回我把房间照片先发到您手机上。"),
    ("你是不是嫌我老，懒得理我？", "没有的事，您问多少遍我都照样答，这是我的本分。"),
    ("再弄错一回，我就上报纸曝光你们。", "您的火气我明白，这回我亲自盯着，出了错您直接找我。"),
]

# ---- interruptions (agent substantive words over the customer's speech)
HO_INTERRUPT_CUST = [
    "我给我爸妈订了你们温泉客栈两晚的房，说好是一楼，老人腿脚不利索，结果到了给安排在三楼，没有电梯，我爸爬到一半就喘不上气了，在楼梯上坐了好半天，前台就说没办法。",
    "上礼拜我领着我老伴去坐你们的林区小火车，票上写的是九点发车，我们八点就到站台等着，一直等到十点多车才来，零下二十多度，老伴冻得直哆嗦，回来就感冒了，到现在还没好利索。",
    "我在你们那儿订了狗拉爬犁，电话里问过了老人能坐，到了赶狗的师傅说年纪大的不让上，我们一家子白跑了四十多里地，钱也没说给退，我这心里实在是憋气。",
    "我给我妈订的雪村民宿，说好是烧炕的屋子，结果是个电褥子，半夜还跳了闸，屋里冷得跟冰窖似的，我妈裹着羽绒服坐了一宿，第二天一早我们就走了，房钱一分没退。",
]
# long enough (12 字) that even the fastest agent of this set talks over the caller for >= 1.5 s
HO_INTERRUPT_AGENT = [
    "房间没排对是我们的错，差价和这一晚的房费我今天给您退回去。",
    "火车晚点让老人受冻了，票钱我给您全退，再给您报感冒的药费。",
    "没让老人上爬犁是我们事先没讲清，全款我今天就给您退回去。",
    "炕房没兑现是我们的失误，两晚的房钱我这就给您原路退回。",
]
HO_EARLY_AGENT = [
    "冰灯游园的安排我跟您细说一下，下午四点开园，五点半亮灯，园里有暖房可以歇脚，老年人凭身份证走绿色通道，轮椅在南门能免费借，晚上九点以后最冷，老人家最好八点前出园。",
    "温泉客栈这样安排，下午两点入住，中午十二点退房，室外池晚上十点关，室内池开到半夜，每个池边都有防滑垫和扶手，老人下池子先在池边坐一会儿，泡十几分钟就上来歇歇。",
    "林区小火车每天上午九点和下午一点各发一趟，往返三个半钟头，车厢里有炉子，中途在老林场停四十分钟，可以下车看看伐木的老物件，腿脚不方便的乘务员会扶着上下车。",
]
# callers cut in with these: long enough to keep >= 1.5 s of talking over the agent
HO_EARLY_CUST = ["闺女你等等，我先问问轮椅能不能推上去。", "慢点慢点，我就想知道那天还有没有座。",
                 "你先别说那么多，我就问老人票多少钱。"]
HO_AFTER_INTERRUPT_CUST = ["闺女你让我把这句说囫囵了。", "我这话还没说到头呢。", "那行，你先说吧。"]
HO_AFTER_EARLY_AGENT = ["好的，我先回您这一句。", "您说得是，我拣要紧的先讲。"]

# ---- generic follow-ups (customer, agent); 嗯对 / 嗯嗯 answer a yes-no question (never tics).
# Elderly callers ask for a thing again and mishear a date now and then.
HO_GENERIC_QA = [
    ("老年人能不能买半票？", "嗯对，七十岁以上的凭身份证买半票。"),
    ("腊月二十八那天还营业吗？", "嗯嗯，营业，一直开到大年二十九。"),
    ("你刚才说几点集合？我没听清，再说一遍。", "晚上五点，五点整，在游客中心大厅集合。"),
    ("你说的是十四号还是四号？我听岔了。", "是十四号，一十四，下礼拜六那天。"),
    ("初八还是十八？我这耳朵不灵。", "十八，一十八号，正月十八。"),
    ("那边有没有能躺一躺的地方？", "游客中心二楼有休息室，有躺椅，还供热水。"),
    ("带着药进去行不行？", "能带，随身的药和保温杯都能带进去。"),
    ("刷老年卡能不能优惠？", "本地的老年卡能打八折，外地的凭身份证。"),
    ("能不能把接站的车安排上？", "火车站每天有三趟接驳车，订好我把班次发您。"),
    ("零下多少度？要穿几层？", "白天零下十五上下，夜里二十多度，穿三层再加个帽子。"),
    ("你再说一遍房价是多少？", "两位老人一晚三百六，含两顿早饭。"),
    ("轮椅能推进去吗？", "主路都铺了防滑垫，轮椅推着没问题。"),
    ("退票要扣多少钱？", "提前两天退全款，当天退扣一成。"),
    ("里面有没有卫生院？", "景区门口有个医务室，值班大夫夜里也在。"),
    ("手机上不会弄，能不能电话里直接订？", "能，电话里给您订好，到了报名字就行。"),
    ("是下礼拜三还是这礼拜三？", "下礼拜三，二十一号，我再给您发个短信写清楚。"),
]
# Customers' long turns: elderly callers, or callers booking for elderly parents, who explain at length.
HO_CUST_DETAIL = ["我岁数大了，说话慢，你别嫌烦。", "是给我爸妈订的，他俩都七十多了。",
                  "我耳朵不太好使，你说大点声。", "我老伴腿脚不方便，得找个不用爬坡的。",
                  "我是替我姥姥问的，她自己不会用手机。", "我们老两口头一回去，啥也不懂。"]
HO_CUST_SEARCH = ["你等会儿，老花镜不知道搁哪了。", "我翻一下本子，上回记在哪了。"]
HO_CUST_FILLER_OPEN = ["呃，", "嗯，", "啊，", "嗯，我寻思，", "呃，你说这个，"]   # customers' own tics (never events)

# ---- slots
HO_REPEAT_ASK = {
    "phone": ["电暖气嗡嗡的我没听真，您的手机号再给我说一遍好吗？"],
    "name": ["电暖气嗡嗡的我没听真，您的名字再给我说一遍好吗？"],
    "id": ["电暖气嗡嗡的我没听真，身份证后六位再给我说一遍好吗？"],
    "account": ["电暖气嗡嗡的我没听真，{acct_label}再给我说一遍好吗？"],
    "address": ["电暖气嗡嗡的我没听真，您的地址再给我说一遍好吗？"],
}
HO_SLOT_ANSWER = {
    "phone": "{phone_zh}。", "name": "{name}。", "id": "{id6_zh}。",
    "account": "{acct_zh}。", "address": "{address}。",
}
HO_REANSWER_PREFIX = ["好，我一个一个数给你，", "", "你记好啊，"]
# Read-backs of numbers and names, ending with a confirmation question: not asks for a slot.
HO_READBACK = {
    "phone": ["我给您慢慢复念，手机{phone_zh}，对不对？"],
    "name": ["我给您慢慢复念，{name}，对不对？"],
    "id": ["我给您慢慢复念，身份证最后六位{id6_zh}，对不对？"],
    "account": ["我给您慢慢复念，{acct_label}{acct_zh}，对不对？"],
    "address": ["我给您慢慢复念，{address}，对不对？"],
}
# the caller asks to hear it again before saying yes
HO_READBACK_CUST = ["啊？你再念一遍……噢，对，没错。", "你说慢点我再听听，嗯，是这个。", "再说一遍？哦，对对，就是它。",
                    "我没跟上，你再念……对，一点不差。"]
HO_NEW_ASK = {
    "phone": ("短信能不能也发给我儿子？", "嗯对，能发，您把您儿子的手机号码报给我。", "{phone_zh}。", "好的，往后的提醒您和您儿子都能收到。"),
    "name": ("房间能不能记在我老伴名下？", "能记，请讲一下您老伴的全名。", "{name}。", "好的，订位已经改在您老伴名下了。"),
    "address": ("门票能不能寄到我家里？", "嗯嗯，能寄，请把家里的地址报给我。", "{address}。", "好的，票会寄到您家里，三天左右到。"),
}
HO_SLOT_KEYWORDS = [("id", ["身份证", "证件"]),
                    ("account", ["卡号", "账号", "编号", "单号"]),
                    ("name", ["姓名", "名字", "全名", "称呼", "贵姓"]), ("address", ["地址", "住址"]),
                    ("phone", ["手机", "电话", "号码"])]
ASK_MARKERS = ["报给我", "说一遍", "请讲一下", "是多少", "报一下", "念给我", "告诉我"]


# the slot an agent line asks for, or None (read-backs 「我给您慢慢复念…」 are not questions)
slot_asked = slot_asker(HO_SLOT_KEYWORDS, ASK_MARKERS, read_backs=("我给您慢慢复念",))


# ---- domains.  Each issue's first follow-up is the one a call reaches most surely, so most
# answer a yes-no question with 嗯对 / 嗯嗯 (a hard negative: 嗯 meaning yes, never a tic).
HO_DOMAINS = {
    "icelanternpark": {
        "companies": [("北岭冰灯游园", "北岭冰灯游园")],
        "acct_label": "冰灯游园入园单号",
        "verify": [("请把冰灯游园入园单号告诉我。", "{acct_zh}。", ["account"]),
                   ("游园老人的名字和手机号码各是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["我爸在冰灯园里摔了一跤，想问问怎么办。", "订的老人票到了门口说不认。"],
             "result": ["老人的票钱给您退，{doctor}主管{due}前跟您把事情说清楚。"],
             "qa": [("摔伤的药费能报吗？", "嗯嗯，能报，把医院的票据拍给我们就行。")]},
            {"open": ["想给我爸妈订两张冰灯夜场的票。"],
             "result": ["夜场票能订，{doctor}主管{due}前把入园码发您手机上。"],
             "qa": [("园里有坐着歇脚的地方吗？", "嗯对，有，每隔一段就有个烧暖气的小木屋。")]},
        ],
    },
    "hotspringinn": {
        "companies": [("松雪温泉客栈", "松雪温泉客栈")],
        "acct_label": "温泉客栈订房单号",
        "verify": [("请把温泉客栈订房单号告诉我。", "{acct_zh}。", ["account"]),
                   ("入住老人的名字和身份证后六位各是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["说好的一楼，到了给安排在三楼。", "房里暖气不热，老人冻了一宿。"],
             "result": ["给您换到一楼，{doctor}掌柜{due}前把差价退给您。"],
             "qa": [("换房要加钱吗？", "嗯嗯，不加钱，是我们没排好。")]},
            {"open": ["想给我妈过七十大寿，包个带汤池的院子。"],
             "result": ["院子能包，{doctor}掌柜{due}前把寿宴菜单发您。"],
             "qa": [("池子边上有扶手吗？", "嗯对，有扶手，还有防滑的台阶。")]},
        ],
    },
    "skigear": {
        "companies": [("白桦坡雪具租赁铺", "白桦坡雪具租赁铺")],
        "acct_label": "雪具租赁押金单号",
        "verify": [("请把雪具租赁押金单号告诉我。", "{acct_zh}。", ["account"]),
                   ("租用人的名字和手机号码各是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["还了雪板，押金一直没退。", "租的雪鞋码数不对，脚磨破了。"],
             "result": ["押金给您退，{doctor}店长{due}前打到您原来的卡上。"],
             "qa": [("押金是全退吗？", "嗯嗯，全退，一分不扣。")]},
            {"open": ["想给孙子租一套小孩用的雪具。"],
             "result": ["儿童雪具有货，{doctor}店长{due}前给您留好一套。"],
             "qa": [("有没有小孩戴的头盔？", "嗯对，有，头盔和护膝一起配。")]},
        ],
    },
    "dogsledride": {
        "companies": [("雪原狗爬犁驿站", "雪原狗爬犁驿站")],
        "acct_label": "爬犁乘坐预约单号",
        "verify": [("请把爬犁乘坐预约单号告诉我。", "{acct_zh}。", ["account"]),
                   ("乘坐人的名字和手机号码各是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["到了说老人不让坐爬犁，白跑一趟。", "爬犁翻了，眼镜摔碎了。"],
             "result": ["这一趟的钱全退，{doctor}师傅{due}前把眼镜的钱一起给您。"],
             "qa": [("老人下回还能来坐吗？", "嗯嗯，能坐，给老人派最稳当的那一队狗。")]},
            {"open": ["想带我爸去坐一回狗拉爬犁。"],
             "result": ["能安排，{doctor}师傅{due}前跟您定好出发的钟点。"],
             "qa": [("爬犁上有没有盖的毯子？", "嗯对，有，羊皮褥子和毯子都给备着。")]},
        ],
    },
    "icefishbase": {
        "companies": [("镜泊冬捕冰钓基地", "镜泊冬捕冰钓基地")],
        "acct_label": "冰钓棚位编号",
        "verify": [("请把冰钓棚位编号告诉我。", "{acct_zh}。", ["account"]),
                   ("订棚人的名字和手机号码各是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["订的暖棚到了是个漏风的。", "冰眼没人给凿，干等了一上午。"],
             "result": ["棚位费给您退一半，{doctor}队长{due}前给您换个新棚。"],
             "qa": [("下回能挑个靠岸的棚吗？", "嗯嗯，能挑，靠岸的给您留一个。")]},
            {"open": ["我爸想去看冬捕，问问哪天出网。"],
             "result": ["出网那天能看，{doctor}队长{due}前把日子告诉您。"],
             "qa": [("老人站在冰上冷不冷？", "嗯对，冷，所以岸边搭了烤火的棚子。")]},
        ],
    },
    "snowvillage": {
        "companies": [("二道沟雪村民宿", "二道沟雪村民宿")],
        "acct_label": "雪村民宿订单号",
        "verify": [("请把雪村民宿订单号告诉我。", "{acct_zh}。", ["account"]),
                   ("入住人的名字和地址各是多少？", "{name}，{address}。", ["name", "address"])],
        "issues": [
            {"open": ["说好的炕房，到了是电褥子。", "半夜跳闸，屋里冷得像冰窖。"],
             "result": ["两晚的房钱给您退，{doctor}东家{due}前给您留一间真炕房。"],
             "qa": [("下回的炕房能烧得热一点吗？", "嗯嗯，能，进门前一个钟头就给您烧上。")]},
            {"open": ["想带老人去雪村住两晚，看看雪。"],
             "result": ["能住，{doctor}东家{due}前把房间照片发给您。"],
             "qa": [("屋里有没有坐着的马桶？", "嗯对，有，老人用着方便。")]},
        ],
    },
    "forestrail": {
        "companies": [("老林场森林小火车", "老林场森林小火车")],
        "acct_label": "小火车车票编号",
        "verify": [("请把小火车车票编号告诉我。", "{acct_zh}。", ["account"]),
                   ("乘车人的名字和身份证后六位各是多少？", "{name}，{id6_zh}。", ["name", "id"])],
        "issues": [
            {"open": ["车晚点一个多钟头，老人在站台上冻着了。", "票上的座号车厢里根本没有。"],
             "result": ["票钱给您退，{doctor}站长{due}前跟您对药费的单子。"],
             "qa": [("改坐下午那趟行吗？", "嗯嗯，行，下午一点那趟给您留两个座。")]},
            {"open": ["想给爸妈订两张小火车的票。"],
             "result": ["能订，{doctor}站长{due}前把座号发到您手机上。"],
             "qa": [("车厢里有没有炉子？", "嗯对，有，每节车厢都生着炉子。")]},
        ],
    },
    "rimeboat": {
        "companies": [("雾凇岛观光船码头", "雾凇岛观光船码头")],
        "acct_label": "观光船登船单号",
        "verify": [("请把观光船登船单号告诉我。", "{acct_zh}。", ["account"]),
                   ("登船人的名字和手机号码各是多少？", "{name}，{phone_zh}。", ["name", "phone"])],
        "issues": [
            {"open": ["开了一圈一棵挂霜的树都没看着。", "船舱里的暖风坏了，老人冻得直哆嗦。"],
             "result": ["给您改一张别的早上的船票，{doctor}船长{due}前跟您定日子。"],
             "qa": [("改签要加钱吗？", "嗯嗯，不加钱，改一回不收费。")]},
            {"open": ["想订一趟看雾凇的早班船，带我妈去。"],
             "result": ["早班船能订，{doctor}船长{due}前把登船码发您。"],
             "qa": [("船上能坐着看吗？", "嗯对，能坐，舱里有靠窗的软座。")]},
        ],
    },
}

# SURNAMES, NAMES, AREAS, CITIES: this text's own, drawn by heldout.own_slots
SURNAMES = ["那", "拓", "达", "库", "乐", "厚", "郄", "塔", "扎", "佐", "伞", "奚"]
DOCTORS = SURNAMES           # the manager, the innkeeper, the coachman ... by surname
NAMES = ["那雪晴", "拓冬生", "达暖阳", "库松涛", "乐冰清", "厚德顺", "郄素梅", "塔秀兰", "扎凤霞", "佐长贵",
         "伞玉芬", "奚福来"]
AREAS = ["林业局家属院", "向阳屯", "红松小区", "火车站北街", "老粮库宿舍", "江沿胡同"]
CITIES = ["伊春", "牡丹江", "吉林", "漠河", "亚布力", "延吉", "敦化", "黑河"]


# The second hold's lead-in and its result (heldout.plan_call_heldout reads these).
HOLD2_CUST = ["对了，我那张老年优惠券怎么扫不上？", "还有，上回退的押金到了没有？"]
HOLD2_AGENT = "优惠券和押金都问明白了，押金前天已经退回您卡里，扫不上的优惠券我给您重新发了一张。"


def lint() -> int:
    """Invariants the truth labels rely on (text_checks.lint_tables); AssertionError lists every violation."""
    return lint_tables(sys.modules[__name__])
