"use client";
// Unexpected errors: a generic message, never a stack trace (details are in the server log).
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="card" role="alert">
      <h1>Terjadi kesalahan / Something went wrong</h1>
      <p>
        Maaf, permintaan Anda tidak dapat diproses. Silakan coba lagi. / Sorry, your request could not be processed.
      </p>
      <button className="btn" onClick={reset}>
        Coba lagi / Try again
      </button>
    </div>
  );
}
