package org.salondesk.demo;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo salon's data as a Moscow salon would have it: two branches, their services with real prices and lengths,
 * masters with job titles and the services each does, and the clients' names. Read by {@link DemoSalon}.
 */
final class DemoCatalog {

    /** A service: category, title, price in rubles, minutes. */
    record Service(String category, String title, int price, int minutes, String description) {
    }

    /**
     * A master: her job title, the services she does (by title), own prices where she is dearer, and her hours:
     * a weekly template on {@code weekdays}, or two days on and two off from the demo's first day.
     */
    record Master(String name, String information, String jobTitle, List<String> services,
                  Map<String, Integer> ownPrices, LocalTime start, LocalTime end, Set<DayOfWeek> weekdays,
                  boolean twoOnTwoOff, boolean lunch) {
    }

    /** A branch: name, address, its services (by title, from {@link #SERVICES}) and its masters. */
    record Branch(String name, String address, List<String> services, List<Master> masters) {
    }

    static final List<String> CATEGORIES = List.of(
            "Парикмахерские услуги", "Окрашивание", "Маникюр и педикюр", "Косметология", "Барбершоп");

    static final List<String> JOB_TITLES = List.of(
            "Парикмахер-стилист", "Колорист", "Мастер маникюра", "Косметолог", "Барбер");

    static final List<Service> SERVICES = List.of(
            new Service("Парикмахерские услуги", "Женская стрижка", 2500, 60, "Мытьё, стрижка и укладка феном"),
            new Service("Парикмахерские услуги", "Мужская стрижка", 1500, 45, null),
            new Service("Парикмахерские услуги", "Детская стрижка", 1000, 30, "Для детей до 12 лет"),
            new Service("Парикмахерские услуги", "Укладка", 1800, 45, null),
            new Service("Парикмахерские услуги", "Стрижка чёлки", 500, 15, null),
            new Service("Окрашивание", "Окрашивание в один тон", 4500, 120, "Краска Wella, длина до плеч"),
            new Service("Окрашивание", "Мелирование", 5500, 150, null),
            new Service("Окрашивание", "Тонирование", 3000, 90, null),
            new Service("Окрашивание", DemoSalon.COLOUR_SERVICE, 3500, 80,
                    "Нанесение 30 минут, выдержка 30 минут, мытьё и укладка 20 минут"),
            new Service("Маникюр и педикюр", "Маникюр классический", 1500, 60, null),
            new Service("Маникюр и педикюр", "Маникюр с покрытием гель-лак", 2500, 90, null),
            new Service("Маникюр и педикюр", "Педикюр", 3000, 90, null),
            new Service("Маникюр и педикюр", "Снятие покрытия", 500, 20, null),
            new Service("Косметология", "Чистка лица", 4000, 90, "Комбинированная чистка"),
            new Service("Косметология", "Массаж лица", 2500, 45, null),
            new Service("Косметология", "Коррекция бровей", 800, 30, null),
            new Service("Косметология", "Окрашивание бровей", 700, 30, null),
            new Service("Косметология", "Массаж спины", 3000, 60, "В массажном кабинете"),
            new Service("Барбершоп", "Мужская стрижка машинкой", 1200, 30, null),
            new Service("Барбершоп", "Моделирование бороды", 1000, 45, null),
            new Service("Барбершоп", "Королевское бритьё", 1800, 60, "Горячее полотенце, опасная бритва"),
            new Service("Барбершоп", "Стрижка и борода", 2200, 90, null));

    private static final Set<DayOfWeek> EVERY_DAY = Set.of(DayOfWeek.values());
    private static final Set<DayOfWeek> WEEKDAYS = Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private static final Set<DayOfWeek> TUESDAY_TO_SATURDAY = Set.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime TWENTY = LocalTime.of(20, 0);
    private static final LocalTime TWENTY_ONE = LocalTime.of(21, 0);

    static final List<Branch> BRANCHES = List.of(
            new Branch("Лаванда на Тверской", "Москва, ул. Тверская, 12",
                    SERVICES.stream().map(Service::title).toList(),
                    List.of(
                            new Master("Анна Соколова", "Старший стилист, 12 лет опыта", "Парикмахер-стилист",
                                    List.of("Женская стрижка", "Мужская стрижка", "Детская стрижка", "Укладка",
                                            "Стрижка чёлки", "Тонирование"),
                                    Map.of("Женская стрижка", 3500, "Укладка", 2500),
                                    NINE, TWENTY_ONE, EVERY_DAY, false, true),
                            new Master("Ольга Миронова", "Колорист, сложные окрашивания", "Колорист",
                                    List.of("Окрашивание в один тон", "Мелирование", "Тонирование", "Укладка",
                                            "Женская стрижка", DemoSalon.COLOUR_SERVICE, "Стрижка чёлки"),
                                    Map.of(), TEN, TWENTY, TUESDAY_TO_SATURDAY, false, true),
                            new Master("Екатерина Белова", null, "Мастер маникюра",
                                    List.of("Маникюр классический", "Маникюр с покрытием гель-лак", "Педикюр",
                                            "Снятие покрытия"),
                                    Map.of(), NINE, TWENTY_ONE, EVERY_DAY, true, false),
                            new Master("Марина Зайцева", "Врач-косметолог", "Косметолог",
                                    List.of("Чистка лица", "Массаж лица", "Коррекция бровей", "Окрашивание бровей",
                                            "Массаж спины"),
                                    Map.of(), TEN, TWENTY, WEEKDAYS, false, true),
                            new Master("Павел Тихонов", null, "Барбер",
                                    List.of("Мужская стрижка", "Мужская стрижка машинкой", "Моделирование бороды",
                                            "Королевское бритьё", "Стрижка и борода"),
                                    Map.of(), NINE, TWENTY_ONE, EVERY_DAY, false, false),
                            new Master("Дмитрий Орлов", null, "Барбер",
                                    List.of("Мужская стрижка", "Мужская стрижка машинкой", "Моделирование бороды",
                                            "Стрижка и борода", "Детская стрижка"),
                                    Map.of(), NINE, TWENTY_ONE, EVERY_DAY, true, false))),
            new Branch("Лаванда на Профсоюзной", "Москва, ул. Профсоюзная, 56",
                    List.of("Женская стрижка", "Мужская стрижка", "Детская стрижка", "Укладка",
                            "Окрашивание в один тон", "Тонирование", "Маникюр классический",
                            "Маникюр с покрытием гель-лак", "Педикюр", "Чистка лица", "Коррекция бровей",
                            "Мужская стрижка машинкой", "Моделирование бороды", DemoSalon.COLOUR_SERVICE,
                            "Массаж спины"),
                    List.of(
                            new Master("Светлана Кузнецова", null, "Парикмахер-стилист",
                                    List.of("Женская стрижка", "Мужская стрижка", "Детская стрижка", "Укладка",
                                            "Окрашивание в один тон", "Тонирование", DemoSalon.COLOUR_SERVICE),
                                    Map.of(), NINE, TWENTY_ONE, EVERY_DAY, false, true),
                            new Master("Юлия Новикова", null, "Мастер маникюра",
                                    List.of("Маникюр классический", "Маникюр с покрытием гель-лак", "Педикюр"),
                                    Map.of(), TEN, TWENTY, EVERY_DAY, true, false),
                            new Master("Ирина Лебедева", null, "Косметолог",
                                    List.of("Чистка лица", "Коррекция бровей", "Массаж спины"),
                                    Map.of(), TEN, TWENTY, TUESDAY_TO_SATURDAY, false, true),
                            new Master("Артём Волков", null, "Барбер",
                                    List.of("Мужская стрижка", "Мужская стрижка машинкой", "Моделирование бороды",
                                            "Детская стрижка"),
                                    Map.of(), NINE, TWENTY_ONE, EVERY_DAY, false, false))));

    static final List<String> WOMEN = List.of("Анна", "Мария", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина",
            "Светлана", "Екатерина", "Юлия", "Анастасия", "Дарья", "Ксения", "Виктория", "Алина", "Полина",
            "Валерия", "Марина", "Вера", "Людмила", "Софья", "Алёна", "Кристина", "Евгения", "Галина", "Надежда",
            "Яна", "Диана", "Вероника", "Лариса", "Оксана", "Милана", "Зоя", "Арина", "Тамара");

    static final List<String> WOMEN_SURNAMES = List.of("Смирнова", "Иванова", "Кузнецова", "Попова", "Васильева",
            "Петрова", "Соколова", "Михайлова", "Новикова", "Фёдорова", "Морозова", "Волкова", "Алексеева",
            "Лебедева", "Семёнова", "Егорова", "Павлова", "Козлова", "Степанова", "Николаева", "Орлова", "Андреева",
            "Макарова", "Никитина", "Захарова", "Зайцева", "Соловьёва", "Борисова", "Яковлева", "Григорьева",
            "Романова", "Воробьёва", "Сергеева", "Кузьмина", "Фролова");

    static final List<String> MEN = List.of("Александр", "Дмитрий", "Максим", "Сергей", "Андрей", "Алексей",
            "Артём", "Илья", "Кирилл", "Михаил", "Никита", "Матвей", "Роман", "Егор", "Иван", "Владимир", "Денис",
            "Евгений", "Тимур", "Павел", "Олег", "Антон", "Глеб", "Игорь", "Константин");

    static final List<String> MEN_SURNAMES = List.of("Смирнов", "Иванов", "Кузнецов", "Попов", "Васильев",
            "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев",
            "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров",
            "Никитин", "Захаров");

    /** Services men come for; the rest are booked by women. */
    static final Set<String> MENS_SERVICES = Set.of("Мужская стрижка", "Мужская стрижка машинкой",
            "Моделирование бороды", "Королевское бритьё", "Стрижка и борода");

    private DemoCatalog() {
    }
}
