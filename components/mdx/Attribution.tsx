type Props = {
  by: string;
  role?: string;
};

/** Who said a quotation, and their role: each isolated, as either may be in another script. */
export function Attribution({ by, role }: Props) {
  return (
    <>
      <bdi>{by}</bdi>
      {role && (
        <>
          {', '}
          <bdi>{role}</bdi>
        </>
      )}
    </>
  );
}
