import { Field, inputClass } from "@/components/newsroom/field";
import { JOB_CATEGORIES } from "@/lib/jobs/categories";
import { JOB_COUNTIES } from "@/lib/jobs/counties";

/** A post's fields as a form fills them in (strings), for editing an existing post. */
export type JobFieldValues = {
  position: string;
  employer: string;
  county: string;
  category: string;
  salaryMin: string;
  salaryMax: string;
  headcount: string;
  requirements: string;
  description: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  expiresOn: string;
};

export const JOB_FIELD_ORDER = ["position", "employer", "county", "category", "salaryMin", "salaryMax", "headcount", "requirements", "description", "contactName", "contactPhone", "contactEmail", "expiresOn"];

/**
 * The fields of a job post, shared by the employers' public form and the
 * newsroom's editor, so both ask for the same things in the same words.
 */
export function JobFields({ errors, values }: { errors: Record<string, string>; values?: JobFieldValues }) {
  const v = values;
  return (
    <>
      <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
        <Field label="职位名称" name="position" error={errors.position}>
          {(a) => <input {...a} name="position" maxLength={40} required defaultValue={v?.position} className={inputClass} />}
        </Field>
        <Field label="招聘单位" name="employer" error={errors.employer}>
          {(a) => <input {...a} name="employer" maxLength={60} required autoComplete="organization" defaultValue={v?.employer} className={inputClass} />}
        </Field>
        <Field label="工作地点" name="county" error={errors.county}>
          {(a) => <OptionSelect attrs={a} name="county" placeholder="请选择县市" options={JOB_COUNTIES} value={v?.county} />}
        </Field>
        <Field label="职位类别" name="category" error={errors.category}>
          {(a) => <OptionSelect attrs={a} name="category" placeholder="请选择类别" options={JOB_CATEGORIES} value={v?.category} />}
        </Field>
        <Field label="最低月薪（元）" name="salaryMin" error={errors.salaryMin} hint="月薪都不填为「面议」">
          {(a) => <input {...a} name="salaryMin" inputMode="numeric" maxLength={7} defaultValue={v?.salaryMin} className={inputClass} />}
        </Field>
        <Field label="最高月薪（元）" name="salaryMax" error={errors.salaryMax}>
          {(a) => <input {...a} name="salaryMax" inputMode="numeric" maxLength={7} defaultValue={v?.salaryMax} className={inputClass} />}
        </Field>
        <Field label="招聘人数" name="headcount" error={errors.headcount}>
          {(a) => <input {...a} name="headcount" inputMode="numeric" maxLength={3} required defaultValue={v?.headcount ?? "1"} className={inputClass} />}
        </Field>
        <Field label="截止日期" name="expiresOn" error={errors.expiresOn} hint="过了这一天，职位自动下线">
          {(a) => <input {...a} type="date" name="expiresOn" required defaultValue={v?.expiresOn} className={inputClass} />}
        </Field>
      </div>
      <Field label="任职要求" name="requirements" error={errors.requirements}>
        {(a) => <textarea {...a} name="requirements" rows={4} maxLength={2000} defaultValue={v?.requirements} className={`${inputClass} py-2 leading-relaxed`} />}
      </Field>
      <Field label="职位描述" name="description" error={errors.description}>
        {(a) => <textarea {...a} name="description" rows={5} maxLength={4000} defaultValue={v?.description} className={`${inputClass} py-2 leading-relaxed`} />}
      </Field>
      <div className="grid grid-cols-1 gap-5 sm:grid-cols-3">
        <Field label="联系人" name="contactName" error={errors.contactName}>
          {(a) => <input {...a} name="contactName" maxLength={30} required autoComplete="name" defaultValue={v?.contactName} className={inputClass} />}
        </Field>
        <Field label="联系电话" name="contactPhone" error={errors.contactPhone} hint="电话和邮箱至少填一项">
          {(a) => <input {...a} type="tel" name="contactPhone" maxLength={30} autoComplete="tel" defaultValue={v?.contactPhone} className={inputClass} />}
        </Field>
        <Field label="电子邮箱" name="contactEmail" error={errors.contactEmail}>
          {(a) => <input {...a} type="email" name="contactEmail" maxLength={80} autoComplete="email" defaultValue={v?.contactEmail} className={inputClass} />}
        </Field>
      </div>
    </>
  );
}

type OptionSelectProps = {
  attrs: { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean };
  name: string;
  placeholder: string;
  options: readonly { slug: string; name: string }[];
  value?: string;
};

/** A required choice among slugs, starting on a disabled 请选择 line. */
function OptionSelect({ attrs, name, placeholder, options, value }: OptionSelectProps) {
  return (
    <select {...attrs} name={name} required defaultValue={value ?? ""} className={inputClass}>
      <option value="" disabled>
        {placeholder}
      </option>
      {options.map((o) => (
        <option key={o.slug} value={o.slug}>
          {o.name}
        </option>
      ))}
    </select>
  );
}
