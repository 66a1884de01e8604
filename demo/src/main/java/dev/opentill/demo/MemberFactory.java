package dev.opentill.demo;

import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Makes demo members one at a time: the first is {@link DemoCatalog#MEMBER}, the rest get cards
 * "88" + ten digits, phones "199" + eight digits (a range chosen to look unlike real customers'
 * numbers), and Chinese names drawn from common surnames and given names.
 */
final class MemberFactory {
    static final int ID_KIND = 3;

    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐",
            "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗");
    private static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
            "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "晓雪", "子涵", "浩然", "欣怡", "宇轩");

    private final long seed;
    private long index;

    MemberFactory(long seed) {
        this.seed = seed;
    }

    record Member(UUID id, String cardNo, String phone, String name, String tier, long pointsBalance) {
    }

    Member next() {
        long i = index++;
        UUID id = DemoIds.id(seed, ID_KIND, i);
        if (i == 0) {
            DemoCatalog.DemoMember m = DemoCatalog.MEMBER;
            return new Member(id, m.cardNo(), m.phone(), m.name(), m.tier(), m.pointsBalance());
        }
        SplittableRandom r = new SplittableRandom(DemoIds.mix(~seed) ^ DemoIds.mix(i + 1));
        String name = SURNAMES.get(r.nextInt(SURNAMES.size())) + GIVEN.get(r.nextInt(GIVEN.size()));
        String phone = r.nextInt(10) == 0 ? null : "199" + String.format("%08d", i + 1);
        int roll = r.nextInt(100);
        String tier = roll < 60 ? "STANDARD" : roll < 85 ? "SILVER" : roll < 97 ? "GOLD" : "PLATINUM";
        long points = switch (tier) {
            case "STANDARD" -> r.nextInt(2_000);
            case "SILVER" -> 2_000 + r.nextInt(8_000);
            case "GOLD" -> 10_000 + r.nextInt(40_000);
            default -> 50_000 + r.nextInt(150_000);
        };
        return new Member(id, "88" + String.format("%010d", i + 1), phone, name, tier, points);
    }
}
