package org.councilworkspace.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.shared.Registration;
import org.councilworkspace.base.CalendarSystem;

/**
 * Puts a council's count of years into a stock date picker: Buddhist Era years on Thai screens (1/3/2570), Japan's
 * eras on Japanese screens (令和9年3月1日, title 令和9年 3月). The value stays a Gregorian date; only the picker's
 * format, parse and title functions change, set on its i18n in the browser, since a bundle rebuild is not possible
 * and the stock component accepts functions there.
 */
final class PickerCalendars {

    /** Years between the Gregorian calendar and the Buddhist Era: 2027 is พ.ศ. 2570. */
    static final int BUDDHIST_ERA_OFFSET = 543;

    /**
     * Run once now and once after the current round trip, because the picker's own connector sets its format and
     * parse functions again when its i18n arrives. A Gregorian picker only needs its title back: the connector
     * restores the rest when the server sends the i18n again. Full-width digits typed with a Japanese input method
     * are read as digits. The era notation (年, 月, 日, 元 for an era's first year) is the Japanese calendar's own
     * and is only ever shown on Japanese screens.
     */
    private static final String SCRIPT = """
            const host = this;
            const mode = $0;
            const buddhistEra = $1;
            const shift = $2;
            const eras = JSON.parse($3);
            const key = (y, m, d) => y * 10000 + m * 100 + d;
            const valid = (y, m, d) => {
              const x = new Date(Date.UTC(y, m - 1, d));
              return y > 999 && x.getUTCFullYear() === y && x.getUTCMonth() === m - 1 && x.getUTCDate() === d;
            };
            const digits = t => (t || '').replace(/[\\uFF10-\\uFF19]/g,
                c => String.fromCharCode(c.charCodeAt(0) - 0xFEE0)).replace(/\\uFF0F/g, '/').trim();
            const eraOf = (y, m, d) => {
              let found;
              eras.forEach(e => { if (key(y, m, d) >= key(e.y, e.m, e.d)) { found = e; } });
              return found;
            };
            const eraYear = (e, y) => e.n + (y - e.y + 1 === 1 ? '元' : String(y - e.y + 1)) + '年';
            const gregorian = t => {
              const m = /^(\\d{4})\\s*[\\/.年-]\\s*(\\d{1,2})\\s*[\\/.月-]\\s*(\\d{1,2})\\s*日?$/.exec(t);
              if (!m) {
                return undefined;
              }
              const y = parseInt(m[1], 10), mo = parseInt(m[2], 10), d = parseInt(m[3], 10);
              return valid(y, mo, d) ? { year: y, month: mo - 1, day: d } : undefined;
            };
            const japanese = text => {
              const t = digits(text);
              const m = /^(\\D+?)\\s*(元|\\d{1,2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?$/.exec(t)
                  || /^(\\D+?)\\s*(元|\\d{1,2})\\s*[\\/.-]\\s*(\\d{1,2})\\s*[\\/.-]\\s*(\\d{1,2})$/.exec(t);
              if (!m) {
                return gregorian(t);
              }
              const i = eras.findIndex(e => e.n === m[1].trim());
              if (i < 0) {
                return undefined;
              }
              const e = eras[i], next = eras[i + 1];
              const y = e.y + (m[2] === '元' ? 1 : parseInt(m[2], 10)) - 1;
              const mo = parseInt(m[3], 10), d = parseInt(m[4], 10);
              if (!valid(y, mo, d) || key(y, mo, d) < key(e.y, e.m, e.d)
                  || (next && key(y, mo, d) >= key(next.y, next.m, next.d))) {
                return undefined;
              }
              return { year: y, month: mo - 1, day: d };
            };
            const buddhist = text => {
              const m = /^(\\d{1,2})\\s*[\\/.-]\\s*(\\d{1,2})\\s*[\\/.-]\\s*(\\d{2,4})$/.exec(digits(text));
              if (!m) {
                return undefined;
              }
              let y = parseInt(m[3], 10);
              y = (y < 100 ? y + 2500 : y) - shift;
              const mo = parseInt(m[2], 10), d = parseInt(m[1], 10);
              return valid(y, mo, d) ? { year: y, month: mo - 1, day: d } : undefined;
            };
            const apply = () => {
              const picker = host.localName === 'vaadin-date-time-picker'
                  ? host.querySelector('[slot="date-picker"]') : host;
              if (!picker || !picker.i18n) {
                return;
              }
              const months = picker.i18n.monthNames || [];
              const i18n = Object.assign({}, picker.i18n);
              if (mode === 'buddhist') {
                i18n.formatDate = d => d.day + '/' + (d.month + 1) + '/' + (d.year + shift);
                i18n.parseDate = buddhist;
                i18n.formatTitle = (monthName, fullYear) => monthName + ' ' + buddhistEra + ' ' + (fullYear + shift);
              } else if (mode === 'japanese') {
                i18n.formatDate = d => {
                  const e = eraOf(d.year, d.month + 1, d.day);
                  return e ? eraYear(e, d.year) + (d.month + 1) + '月' + d.day + '日'
                      : d.year + '/' + (d.month + 1) + '/' + d.day;
                };
                i18n.parseDate = japanese;
                i18n.formatTitle = (monthName, fullYear) => {
                  const e = eraOf(fullYear, Math.max(months.indexOf(monthName), 0) + 1, 1);
                  return e ? eraYear(e, fullYear) + ' ' + monthName : monthName + ' ' + fullYear;
                };
              } else {
                i18n.formatTitle = (monthName, fullYear) => monthName + ' ' + fullYear;
              }
              picker.i18n = i18n;
            };
            apply();
            setTimeout(apply);
            """;

    private static final String ATTRIBUTE = "data-calendar";
    private static final String LISTENER = "cw-calendar-listener";

    private PickerCalendars() {
    }

    /** The count of years this reader sees for a council's calendar: the era only in the language that uses it. */
    static String mode(CalendarSystem calendar) {
        String language = Translations.locale().getLanguage();
        if (calendar == CalendarSystem.THAI_BUDDHIST && "th".equals(language)) {
            return "buddhist";
        }
        if (calendar == CalendarSystem.JAPANESE_ERA && "ja".equals(language)) {
            return "japanese";
        }
        return "gregorian";
    }

    /** Sets (or, for a Gregorian picker that had an era before, takes back) the era on the picker. */
    static void apply(Component picker, CalendarSystem calendar) {
        String mode = mode(calendar);
        String before = picker.getElement().getAttribute(ATTRIBUTE);
        if ("gregorian".equals(mode)) {
            picker.getElement().removeAttribute(ATTRIBUTE);
        } else {
            // Marks the picker for tests and styles; the formatter itself lives in the browser.
            picker.getElement().setAttribute(ATTRIBUTE, mode);
        }
        if ("gregorian".equals(mode) && before == null) {
            return;
        }
        if (ComponentUtil.getData(picker, LISTENER) instanceof Registration previous) {
            previous.remove();
        }
        Runnable send = () -> picker.getUI().ifPresent(ui -> ui.beforeClientResponse(picker, context -> picker
                .getElement().executeJs(SCRIPT, mode, Translations.t("picker.buddhist-era"), BUDDHIST_ERA_OFFSET,
                        JapaneseEras.json())));
        send.run();
        ComponentUtil.setData(picker, LISTENER, picker.addAttachListener(e -> send.run()));
    }
}
